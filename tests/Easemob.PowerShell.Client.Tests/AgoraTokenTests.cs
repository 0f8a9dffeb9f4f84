using System.Text;
using Easemob.PowerShell.Model.Tokens;

namespace Easemob.PowerShell.Client.Tests;

/// <summary>
/// AccessToken2 against the vectors Agora publishes with its Java builder (AgoraIO/Tools,
/// DynamicKey/AgoraDynamicKey/java/src/test/java/io/agora/media/AccessToken2Test.java): byte for byte.
/// </summary>
public sealed class AgoraTokenTests
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";
    private const string ChannelName = "7d72365eb983485397e3e3f9d460bdda";
    private const string Uid = "2882341273";
    private const uint Expire = 600;
    private const uint IssuedAt = 1111111;
    private const uint Salt = 1;

    private static readonly byte[] Certificate = Encoding.ASCII.GetBytes(AppCertificate);

    public static TheoryData<string, string> Vectors => new()
    {
        { "none", "007eJxTYEiJ9+zw7Gb1viNuGtMfy3JriuZNp+1h1iLu/rOePHlS91WBwdLcwNnR2DQl1cwg2cTEzMQ0KSkx1SLRyNDUwMwwydjY/YsAQwQTAwMjAwgAAKtnGK8=" },
        { "rtc", "007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj" },
        { "rtc-uid-0", "007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMADacImo=" },
        { "chat-user", "007eJxTYNAIsnbS3v/A5t2TC6feR15r+6cq8bqAvfaW+tk/Vzz+p6xTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2dv8iwBDBxMDAyADCrEDMCOZzMRhZWBgZmxgamRsDAB+lHrg=" },
        { "chat-app", "007eJxTYNDNaz3snC8huEfHWdz6s98qltq4zqy9fl99Uh0FDvy6F6DAYGlu4OxobJqSamaQbGJiZmKalJSYapFoZGhqYGaYZGzs/kWAIYKJgYGRAYRZgZgJzGdgAACt8hhr" },
        { "multi", "007eJxTYLh59YaCUHZeRLXJsRSTDvfv2SV2uddsV+m05Vx5HaP59bMCg6W5gbOjsWlKqplBsomJmYlpUlJiqkWikaGpgZlhkrGx+xcBhggmBgZGBgYGJiDJAsQgPhOYZAaTLGBSgcE8xdzI2Mw0NcnSwtjEwtTY0jzVONU4zTLFxMwgKSUlkYvByMLCyNjE0MjcmBVoDsQkZFEAlCcpOg==" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Build_ReproducesAgorasPublishedVector(string name, string expected)
    {
        Assert.Equal(expected, Token(name).Build(Certificate));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_ReadsAgorasVectorBackWithItsCertificate(string name, string vector)
    {
        var token = AgoraAccessToken2.Verify(vector, Certificate);

        Assert.NotNull(token);
        Assert.Equal((AppId, IssuedAt, Expire, Salt), (token!.AppId, token.IssuedAt, token.Expire, token.Salt));
        Assert.Equal(Token(name).Services.Select(s => (s.Type, string.Join(",", s.Privileges), string.Join(",", s.Fields))),
            token.Services.Select(s => (s.Type, string.Join(",", s.Privileges), string.Join(",", s.Fields))));
    }

    [Fact]
    public void Verify_RefusesAnotherCertificateAndATamperedToken()
    {
        var vector = Vectors.Single(v => (string)v[0] == "chat-app")[1]!.ToString()!;
        var tampered = AgoraAccessToken2.ChatApp(AppId, IssuedAt, 86400, Salt);
        var forged = "007" + Convert.ToBase64String(ZlibCompression.Compress(
            ZlibCompression.Decompress(Convert.FromBase64String(vector.Substring(3)))!.Select((b, i) => i == 40 ? (byte)(b ^ 1) : b).ToArray()));

        Assert.Null(AgoraAccessToken2.Verify(vector, Encoding.ASCII.GetBytes("00000000000000000000000000000000")));
        Assert.Null(AgoraAccessToken2.Verify(forged, Certificate));
        Assert.Null(AgoraAccessToken2.Verify("007not-base64!", Certificate));
        Assert.NotNull(AgoraAccessToken2.Verify(tampered.Build(Certificate), Certificate));
    }

    [Fact]
    public void ChatAppToken_IsTheChatServiceWithTheAppPrivilegeAndNoUser()
    {
        Assert.Equal(Vectors.Single(v => (string)v[0] == "chat-app")[1], AgoraAccessToken2.ChatApp(AppId, IssuedAt, Expire, Salt).Build(Certificate));
        Assert.Equal(Vectors.Single(v => (string)v[0] == "chat-user")[1], AgoraAccessToken2.ChatUser(AppId, Uid, IssuedAt, Expire, Salt).Build(Certificate));
    }

    private static AgoraAccessToken2 Token(string name)
    {
        static SortedDictionary<ushort, uint> Privileges(params ushort[] ids) => new(ids.ToDictionary(id => id, _ => Expire));
        var rtc = new AgoraTokenService(1, Privileges(1), new[] { ChannelName, Uid });
        var services = name switch
        {
            "none" => Array.Empty<AgoraTokenService>(),
            "rtc" => new[] { rtc },
            "rtc-uid-0" => new[] { new AgoraTokenService(1, Privileges(1), new[] { ChannelName, "" }) },
            "chat-user" => new[] { AgoraTokenService.Chat(Uid, AgoraAccessToken2.ChatUserPrivilege, Expire) },
            "chat-app" => new[] { AgoraTokenService.Chat("", AgoraAccessToken2.ChatAppPrivilege, Expire) },
            "multi" => new[] { new AgoraTokenService(1, Privileges(1, 2, 3, 4), new[] { ChannelName, Uid }), AgoraTokenService.Chat(Uid, AgoraAccessToken2.ChatUserPrivilege, Expire) },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return new AgoraAccessToken2(AppId, IssuedAt, Expire, Salt, services);
    }
}

/// <summary>An Agora Chat client: app tokens built locally, never fetched, and rebuilt before they expire.</summary>
public sealed class AgoraClientTests
{
    private const string AppId = "970CA35de60c44645bbae8a215061b33";
    private const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";
    private const string UserAnswer = """{"entities":[{"username":"u"}]}""";

    private static void UseAgora(EasemobClientOptions options)
    {
        options.ClientId = null;
        options.ClientSecret = null;
        options.AgoraAppId = AppId;
        options.AppCertificate = Support.TestClients.Secure(AppCertificate);
    }

    [Fact]
    public async Task AppToken_IsBuiltLocallyAndRebuiltAMinuteBeforeExpiry_WithNoTokenRequest()
    {
        var clock = new Support.TestClock();
        var handler = Support.FakeHttpHandler.ForJson(UserAnswer);
        using var client = Support.TestClients.Create(handler, UseAgora, clock);
        var start = clock.UtcNow;

        await client.GetUserAsync("u", CancellationToken.None);
        clock.UtcNow = start.AddSeconds(3600 - 61);
        await client.GetUserAsync("u", CancellationToken.None);
        clock.UtcNow = start.AddSeconds(3600 - 59);
        await client.GetUserAsync("u", CancellationToken.None);

        Assert.Equal(Model.EmAuthMode.AgoraCertificate, client.AuthMode);
        Assert.Empty(handler.TokenRequests);
        var tokens = handler.ApiRequests.Select(r => r.Authorization!.Substring("Bearer ".Length)).ToList();
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[1], tokens[2]);
        Assert.Equal(clock.UtcNow.AddSeconds(3600).ToUnixTimeSeconds(), client.TokenExpiresOn!.Value.ToUnixTimeSeconds());
        var issuedAt = new[] { start, start, clock.UtcNow };
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = AgoraAccessToken2.Verify(tokens[i], Encoding.ASCII.GetBytes(AppCertificate));
            Assert.NotNull(token);
            Assert.Equal((AppId, (uint)issuedAt[i].ToUnixTimeSeconds(), 3600u), (token!.AppId, token.IssuedAt, token.Expire));
            Assert.Equal(3600u, token.Privilege(AgoraAccessToken2.ChatService, AgoraAccessToken2.ChatAppPrivilege));
            Assert.Null(token.Privilege(AgoraAccessToken2.ChatService, AgoraAccessToken2.ChatUserPrivilege));
            Assert.Equal("", token.Services.Single().Fields.Single());
        }
    }

    [Theory]
    [InlineData("not-hex-appid-000000000000000000", AppCertificate)]
    [InlineData(AppId, "5CFd2fd1755d40ecb72977518be15d3")]
    public void AnAppIdOrCertificateThatIsNot32HexDigits_IsRefused(string appId, string certificate)
    {
        var options = Support.TestClients.Options(Support.FakeHttpHandler.ForJson(UserAnswer));
        UseAgora(options);
        options.AgoraAppId = appId;
        options.AppCertificate = Support.TestClients.Secure(certificate);

        var refused = Assert.Throws<ArgumentException>(() => new EasemobClient(options));
        Assert.DoesNotContain(certificate, refused.Message);
    }

    [Fact]
    public void AgoraTogetherWithAClientSecret_IsRefused()
    {
        var options = Support.TestClients.Options(Support.FakeHttpHandler.ForJson(UserAnswer));
        options.AgoraAppId = AppId;
        options.AppCertificate = Support.TestClients.Secure(AppCertificate);

        Assert.Throws<ArgumentException>(() => new EasemobClient(options));
    }
}
