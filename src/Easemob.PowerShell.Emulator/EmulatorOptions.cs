using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Easemob.PowerShell.Emulator.State;
using Easemob.PowerShell.Model;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Emulator;

/// <summary>
/// How an <see cref="EasemobEmulator"/> is set up. <see cref="EasemobEmulator.Start"/> validates and copies
/// these: changing them afterwards has no effect on a running emulator.
/// </summary>
public sealed class EmulatorOptions
{
    private static readonly Regex AppKeyPart = new Regex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant);

    private List<string> _users = new List<string>();
    private List<EmulatorFeature> _disabledFeatures = new List<EmulatorFeature>();

    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    public string OrgName { get; set; } = "demo-org";

    public string AppName { get; set; } = "demo-app";

    /// <summary>The app's client id; null takes the state file's, or generates one.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret; null takes the state file's, or generates a random one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// An Agora Chat app: its Agora app id (32 hex digits, with <see cref="AppCertificate"/>). App tokens
    /// (AccessToken2) signed with the certificate are then accepted like issued ones.
    /// </summary>
    public string? AgoraAppId { get; set; }

    /// <summary>The Agora app certificate (32 hex digits) that signs the app's AccessToken2 tokens.</summary>
    public string? AppCertificate { get; set; }

    /// <summary>User names registered before the first request (password-less, as seeded users need none).</summary>
    public IList<string> Users => _users;

    /// <summary>Lifetime of issued app tokens unless the token request sends ttl. Zero: tokens never expire. (User tokens default to 60 days, as documented.)</summary>
    public TimeSpan TokenTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Delay added to every request, awaited without blocking a thread.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Answer requests beyond the documented per-family calls per second with 429 reach_limit.</summary>
    public bool EnforceRateLimit { get; set; }

    /// <summary>With <see cref="EnforceRateLimit"/>: 429 answers carry Retry-After (whole seconds, at least 1).</summary>
    public bool SendRetryAfter { get; set; }

    /// <summary>Multiplies the documented rate limits (e.g. 0.1 for quick tests).</summary>
    public double RateLimitScale { get; set; } = 1.0;

    /// <summary>Probability (0..1) that a request is faulted, see <see cref="EmulatorFault"/>.</summary>
    public double FaultRate { get; set; }

    /// <summary>Seed of the fault randomness: a fixed seed gives a fixed fault sequence.</summary>
    public int? Seed { get; set; }

    /// <summary>How many chatrooms the app may hold; creating more answers 403 exceed_limit.</summary>
    public int? MaxChatrooms { get; set; }

    /// <summary>
    /// A state file: its users, chatrooms and global mutes are loaded at start when it exists, and everything
    /// is saved back to it on stop. Null: the app lives in memory only.
    /// </summary>
    public string? StatePath { get; set; }

    /// <summary>
    /// Creates may choose the chatroom id (<c>roomid</c>), as for apps with the feature enabled; otherwise a
    /// create that sends one is refused.
    /// </summary>
    public bool AllowChosenChatroomIds { get; set; }

    /// <summary>How long after it was sent a message can be recalled without force (the vendor's default: 2 minutes; at most 7 days).</summary>
    public TimeSpan RecallWindow { get; set; } = EmApiLimits.DefaultRecallWindow;

    /// <summary>How long a history export's signed URL stays valid (the vendor's example: 30 minutes).</summary>
    public TimeSpan HistoryUrlLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The broadcasts allowed per UTC day, for every kind; null: the documented quotas (chatrooms 100, all users 3,
    /// online users 50). The per-window quotas (10 a minute, one per 30 minutes, one a minute) always apply.
    /// </summary>
    public int? DailyBroadcastQuota { get; set; }

    /// <summary>
    /// Features the vendor has not enabled for the app (as it must be asked to): their calls answer 403, e.g.
    /// forbidden_op "message recall service is unopened".
    /// </summary>
    public IList<EmulatorFeature> DisabledFeatures => _disabledFeatures;

    /// <summary>How many of the most recent requests <see cref="EasemobEmulator.Requests"/> keeps; older ones are dropped.</summary>
    public int RequestLogCapacity { get; set; } = Hosting.RequestLog.DefaultCapacity;

    /// <summary>The clock the app's expiries, timestamps and request log read; tests set it instead of sleeping.</summary>
    internal IEmulatorClock Clock { get; set; } = SystemEmulatorClock.Instance;

    /// <summary>Checks every option and returns a copy with the state path made full; see <see cref="FillCredentials"/>.</summary>
    internal EmulatorOptions Resolve()
    {
        Require(Port >= 0 && Port <= 65535, nameof(Port), "Port must be between 0 and 65535.");
        Require(OrgName != null && AppKeyPart.IsMatch(OrgName), nameof(OrgName), "OrgName must be letters, digits, '_', '.' or '-'.");
        Require(AppName != null && AppKeyPart.IsMatch(AppName), nameof(AppName), "AppName must be letters, digits, '_', '.' or '-'.");
        Require(ClientId == null || ClientId.Length > 0, nameof(ClientId), "ClientId must not be empty; use null to generate one.");
        Require(ClientSecret == null || ClientSecret.Length > 0, nameof(ClientSecret), "ClientSecret must not be empty; use null to generate one.");
        Require((AgoraAppId == null) == (AppCertificate == null), nameof(AgoraAppId), "AgoraAppId and AppCertificate go together.");
        Require(AgoraAppId == null || AgoraAccessToken2.IsHex32(AgoraAppId), nameof(AgoraAppId), "AgoraAppId must be 32 hexadecimal digits.");
        Require(AppCertificate == null || AgoraAccessToken2.IsHex32(AppCertificate), nameof(AppCertificate), "AppCertificate must be 32 hexadecimal digits.");
        Require(TokenTtl >= TimeSpan.Zero, nameof(TokenTtl), "TokenTtl must not be negative.");
        Require(Latency >= TimeSpan.Zero, nameof(Latency), "Latency must not be negative.");
        Require(RateLimitScale > 0 && !double.IsInfinity(RateLimitScale), nameof(RateLimitScale), "RateLimitScale must be a positive number.");
        Require(FaultRate >= 0 && FaultRate <= 1, nameof(FaultRate), "FaultRate must be between 0 and 1.");
        Require(RequestLogCapacity > 0, nameof(RequestLogCapacity), "RequestLogCapacity must be at least 1.");
        Require(MaxChatrooms == null || MaxChatrooms >= 0, nameof(MaxChatrooms), "MaxChatrooms must not be negative.");
        Require(StatePath == null || StatePath.Trim().Length > 0, nameof(StatePath), "StatePath must not be empty; use null for no state file.");
        Require(RecallWindow >= TimeSpan.Zero && RecallWindow <= TimeSpan.FromDays(7), nameof(RecallWindow), "RecallWindow must be between 0 and 7 days.");
        Require(DailyBroadcastQuota == null || DailyBroadcastQuota >= 0, nameof(DailyBroadcastQuota), "DailyBroadcastQuota must not be negative.");
        Require(HistoryUrlLifetime >= TimeSpan.Zero, nameof(HistoryUrlLifetime), "HistoryUrlLifetime must not be negative.");
        var distinctUsers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in Users)
        {
            Require(user != null && EmApiLimits.IsLegalUsername(user), nameof(Users), $"User name '{user}' is not legal: 1 to 64 of a-z, A-Z, 0-9, '_', '.', '-'.");
            Require(distinctUsers.Add(EmApiLimits.NormalizeUsername(user!)), nameof(Users), $"User '{user}' is listed twice.");
        }

        var resolved = Copy();
        resolved.StatePath = StatePath == null ? null : Path.GetFullPath(StatePath);
        return resolved;
    }

    /// <summary>
    /// Fills in the credentials not given: the saved ones (a state file's), so a client configured once keeps
    /// working after a restart, else generated ones.
    /// </summary>
    internal void FillCredentials(string? savedClientId, string? savedClientSecret)
    {
        ClientId ??= string.IsNullOrEmpty(savedClientId) ? "YXA6" + RandomText.Base64Url(16) : savedClientId;
        ClientSecret ??= string.IsNullOrEmpty(savedClientSecret) ? "YXA6" + RandomText.Base64Url(32) : savedClientSecret;
    }

    /// <summary>A field-by-field copy (the user list included).</summary>
    internal EmulatorOptions Copy()
    {
        var copy = (EmulatorOptions)MemberwiseClone();
        copy._users = new List<string>(_users);
        copy._disabledFeatures = new List<EmulatorFeature>(_disabledFeatures);
        return copy;
    }

    private static void Require(bool condition, string option, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, option);
        }
    }
}
