using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using Easemob.PowerShell.Client;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Base of the cmdlets that call the API: resolves the session (-Session or the runspace default) and
/// turns API failures into error records that carry the input item as their target.
/// </summary>
public abstract class EmApiCmdlet : EmCmdlet
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TargetParameters = new ConcurrentDictionary<Type, PropertyInfo[]>();
    private static readonly ConcurrentDictionary<Type, string[]> SecretParameters = new ConcurrentDictionary<Type, string[]>();
    private readonly List<Action> _batchFlushes = new List<Action>();
    private EasemobClient? _client;
    private ItemQueue? _items;
    private HashSet<string> _commandLineParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The session to use instead of the runspace's default one.</summary>
    [Parameter]
    [ValidateNotNull]
    public EmSession? Session { get; set; }

    /// <summary>The session's client, writing its request trace to this cmdlet's verbose stream.</summary>
    /// <remarks>Private protected: the engine's types stay out of the module's public surface.</remarks>
    private protected EasemobClient Client => _client ?? throw new InvalidOperationException("BeginProcessing has not run.");

    /// <summary>This cmdlet's per-item work in flight (see <see cref="ItemQueue"/>).</summary>
    private protected ItemQueue Items => _items ?? throw new InvalidOperationException("BeginProcessing has not run.");

    /// <summary>This cmdlet's listing reader.</summary>
    private protected ListingReader Listings => new ListingReader(this);

    /// <summary>How many items may be in flight at once; 1 unless the cmdlet offers -ThrottleLimit.</summary>
    protected virtual int MaxInFlight => 1;

    protected override void BeginProcessing()
    {
        // Pipeline input binds after BeginProcessing, so what is bound now came from the command line.
        _commandLineParameters = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        var session = Session ?? SessionStore.GetDefault(Runspace.DefaultRunspace);
        if (session == null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidOperation(
                "NoSession",
                "There is no Easemob session. Run Connect-EmApp first, or pass -Session.",
                null));
        }
        if (session!.IsClosed)
        {
            ThrowTerminatingError(ErrorRecords.InvalidOperation(
                "SessionClosed",
                "This Easemob session (" + session + ") was closed by Disconnect-EmApp. Run Connect-EmApp and use the session it returns.",
                session));
        }
        _client = session!.Client.WithTrace(PostVerbose);
        _items = new ItemQueue(this, MaxInFlight);
    }

    /// <summary>
    /// Whether the user gave a write parameter for the current item, the one rule every writing cmdlet
    /// applies: given on the command line (even blank: that is how a field is cleared), or bound from a
    /// piped object with a non-blank value. When the item is one of the module's own objects bound to the
    /// cmdlet's target (a piped EmChatroom naming the chatroom to change), its other properties merely
    /// came along and are not given, unless it is of the cmdlet's <see cref="TemplateType"/>; New- cmdlets have no
    /// target, so their piped object is a template.
    /// </summary>
    protected bool IsGiven(string parameter, object? value)
    {
        if (value == null)
        {
            return false;
        }
        if (_commandLineParameters.Contains(parameter))
        {
            return true;
        }
        var piped = PipedModuleObject();
        return piped == null ? !IsBlank(value) : piped.GetType() == TemplateType;
    }

    /// <summary>
    /// The module type that, piped as this cmdlet's target, is also the value to write (an EmChatroomAttribute into
    /// Set-EmChatroomAttribute, so attributes copy between apps): its properties are given as they are, an empty
    /// one included, since a typed object has no blank cells. Null when no type is.
    /// </summary>
    private protected virtual Type? TemplateType => null;

    /// <summary>The parameter's value if <see cref="IsGiven"/>, else null.</summary>
    protected string? Given(string parameter, string? value) => IsGiven(parameter, value) ? value : null;

    /// <inheritdoc cref="Given(string, string)"/>
    protected string[]? Given(string parameter, string[]? value) => IsGiven(parameter, value) ? value : null;

    /// <inheritdoc cref="Given(string, string)"/>
    protected T? Given<T>(string parameter, T? value) where T : struct => IsGiven(parameter, value) ? value : null;

    /// <summary>The item's valid chatroom ids, each once; writes an error for each invalid one.</summary>
    protected List<string> ValidChatroomIds(IEnumerable<string> ids) =>
        ValidTargets(ids, "InvalidChatroomId", "chatroom id", InputChecks.ChatroomId, StringComparer.Ordinal);

    /// <summary>The item's valid user names, each once as the service compares them; writes an error for each blank one.</summary>
    protected List<string> ValidUsernames(IEnumerable<string> names) =>
        ValidTargets(names, "InvalidUsername", "user name", name => InputChecks.Username(name, "InvalidUsername", name), EmApiLimits.UsernameComparer);

    /// <summary>
    /// The names that pass <paramref name="check"/>, trimmed, each once as <paramref name="comparer"/> tells; an error
    /// is written for each other one (a piped object without the identity, or what <paramref name="check"/> refuses).
    /// </summary>
    private protected List<string> ValidTargets(IEnumerable<string?> names, string errorId, string identity, Func<string?, ErrorRecord?> check, IEqualityComparer<string> comparer)
    {
        var valid = new List<string>();
        var seen = new HashSet<string>(comparer);
        foreach (var name in names)
        {
            var invalid = MissingIdentity(name, errorId, identity) ?? check(name);
            if (invalid != null)
            {
                WriteError(invalid);
            }
            else if (seen.Add(name!.Trim()))
            {
                valid.Add(name.Trim());
            }
        }
        return valid;
    }

    /// <summary>
    /// If <paramref name="boundValue"/> stands for a piped object without the identity, an error saying which
    /// property it needs, targeting that object less this cmdlet's secrets (a CSV's Password column); else null.
    /// </summary>
    protected ErrorRecord? MissingIdentity(string? boundValue, string errorId, string identity)
    {
        if (!IdentityTransformationAttribute.IsObjectWithoutIdentity(boundValue, out var item, out var property))
        {
            return null;
        }
        var secrets = SecretParameters.GetOrAdd(GetType(), type => type.GetProperties()
            .Where(p => p.PropertyType == typeof(SecureString))
            .SelectMany(p => p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames).Append(p.Name))
            .ToArray());
        var target = item;
        if (secrets.Length > 0)
        {
            var withoutSecrets = new PSObject();
            foreach (var itemProperty in PSObject.AsPSObject(item).Properties)
            {
                if (!secrets.Contains(itemProperty.Name, StringComparer.OrdinalIgnoreCase))
                {
                    withoutSecrets.Properties.Add(new PSNoteProperty(itemProperty.Name, itemProperty.Value));
                }
            }
            target = withoutSecrets;
        }
        return InputChecks.ObjectWithoutIdentity(errorId, identity, property, target);
    }

    private static bool IsBlank(object value) => value switch
    {
        string text => string.IsNullOrWhiteSpace(text),
        IEnumerable items => !items.Cast<object?>().Any(item => item != null && !(item is string text && string.IsNullOrWhiteSpace(text))),
        _ => false,
    };

    /// <summary>The module object the current item's target was bound from, or null.</summary>
    private object? PipedModuleObject() =>
        TargetParameters.GetOrAdd(GetType(), type => type.GetProperties()
                .Where(p => p.GetCustomAttributes<IdentityTransformationAttribute>().Any(a => a.TakesModuleObjects))
                .ToArray())
            .Select(p => IdentityTransformationAttribute.ModuleObjectOf(p.GetValue(this)))
            .FirstOrDefault(moduleObject => moduleObject != null);

    /// <summary>
    /// Runs one API call to completion. On an API failure writes a non-terminating error targeting
    /// <paramref name="target"/> and returns false.
    /// </summary>
    protected bool TryInvoke<T>(Func<CancellationToken, Task<T>> call, object? target, out T result) =>
        TryAwait(call(StopToken), target, out result);

    /// <summary>
    /// Waits for an API call already started. On an API failure writes a non-terminating error targeting
    /// <paramref name="target"/> and returns false.
    /// </summary>
    protected internal bool TryAwait<T>(Task<T> call, object? target, out T result)
    {
        try
        {
            result = Await(call);
            return true;
        }
        catch (Exception exception) when (ErrorRecords.IsItemFailure(exception))
        {
            WriteError(ErrorRecords.FromItemFailure(exception, target));
            result = default!;
            return false;
        }
    }

    /// <summary>
    /// A batcher of this cmdlet's pipeline input: its batches are started <see cref="Items"/>, and what it still holds
    /// is sent at EndProcessing.
    /// </summary>
    internal PipelineBatcher<TItem, TResult> NewBatcher<TItem, TResult>(int batchSize,
        PipelineBatcher<TItem, TResult>.BatchCall call, Action<TItem, TResult> write,
        Func<TItem, object?>? targetOf = null, Func<TItem, string>? identityOf = null)
    {
        var batcher = new PipelineBatcher<TItem, TResult>(this, Items, batchSize, call, write, targetOf, identityOf);
        _batchFlushes.Add(batcher.Flush);
        return batcher;
    }

    protected override void EndProcessing()
    {
        foreach (var flush in _batchFlushes)
        {
            flush();
        }
        Items.CompleteAll();
        CompleteProgress(MyInvocation.MyCommand.Name);
    }

    /// <summary>Starts one read per user name (checked first), writing each result in input order.</summary>
    protected void StartReadPerUser<T>(string[] usernames, Func<string, CancellationToken, Task<T>> read)
    {
        foreach (var username in ValidUsernames(usernames))
        {
            Items.Start(username, async cancellationToken =>
            {
                var result = await read(username, cancellationToken).ConfigureAwait(false);
                return () => WriteObject(result);
            });
        }
    }

    /// <summary>One chatroom's details, for -PassThru after a change.</summary>
    protected async Task<EmChatroom> GetChatroomAsync(string id, CancellationToken cancellationToken)
    {
        var details = await Client.GetChatroomDetailsAsync(new[] { id }, cancellationToken).ConfigureAwait(false);
        if (details.Missing.Count > 0)
        {
            throw details.Missing[0];
        }
        return details.Found[0];
    }

    /// <summary>Nothing to write: for items whose success has no output.</summary>
    protected static readonly Action NoWrites = () => { };

    /// <summary>
    /// Whether to go ahead with a change. -Force skips the confirmation prompt (unless -Confirm is given
    /// explicitly) but never -WhatIf.
    /// </summary>
    protected bool ShouldProcessUnlessForced(string target, string action, bool force)
    {
        if (!force || MyInvocation.BoundParameters.ContainsKey("Confirm"))
        {
            return ShouldProcess(target, action);
        }
        if (IsWhatIf)
        {
            ShouldProcess(target, action);
            return false;
        }
        return true;
    }

    private bool IsWhatIf => MyInvocation.BoundParameters.TryGetValue("WhatIf", out var whatIf)
        ? ((SwitchParameter)whatIf).IsPresent
        : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
}
