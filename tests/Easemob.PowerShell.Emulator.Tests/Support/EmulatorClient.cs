using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Tests.Support;

/// <summary>A started emulator and an HttpClient that talks to it over real HTTP, with token handling.</summary>
internal sealed class EmulatorClient : IDisposable
{
    public EmulatorClient(EmulatorOptions? options = null)
    {
        Emulator = EasemobEmulator.Start(options ?? new EmulatorOptions());
        Http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    }

    public EasemobEmulator Emulator { get; }

    public EmulatorStore Store => Emulator.Store;

    public HttpClient Http { get; }

    /// <summary>The bearer token sent; fetched on first use.</summary>
    public string? Token { get; set; }

    /// <summary>The API root, "http://127.0.0.1:{port}/{org}/{app}/".</summary>
    public string ApiRoot => $"{Emulator.BaseUri}{Emulator.OrgName}/{Emulator.AppName}/";

    public static EmulatorClient WithUsers(params string[] users)
    {
        var options = new EmulatorOptions();
        foreach (var user in users)
        {
            options.Users.Add(user);
        }

        return new EmulatorClient(options);
    }

    public Task<ApiAnswer> RequestTokenAsync(object body) => SendAsync(HttpMethod.Post, "token", body, authenticate: false);

    public async Task<string> AuthenticateAsync()
    {
        var answer = await RequestTokenAsync(new { grant_type = "client_credentials", client_id = Emulator.ClientId, client_secret = Emulator.ClientSecret });
        Token = answer.ShouldSucceed().Json.GetProperty("access_token").GetString();
        return Token!;
    }

    public Task<ApiAnswer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<ApiAnswer> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<ApiAnswer> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<ApiAnswer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    /// <param name="path">Below the API root, sent exactly as written (escapes included).</param>
    /// <param name="body">Serialized as JSON, or sent as is when a string.</param>
    public async Task<ApiAnswer> SendAsync(HttpMethod method, string path, object? body = null, bool authenticate = true)
    {
        using var response = await SendRawAsync(method, path, body, authenticate);
        return new ApiAnswer((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers);
    }

    public async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, object? body = null, bool authenticate = true)
    {
        if (authenticate && Token == null)
        {
            await AuthenticateAsync();
        }

        using var request = new HttpRequestMessage(method, new Uri(ApiRoot + path));
        if (authenticate)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body != null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Creates a chatroom over HTTP and returns its id.</summary>
    public async Task<string> CreateChatroomAsync(string name, string owner, params string[] members)
    {
        object body = members.Length == 0 ? new { name, owner } : new { name, owner, members };
        var answer = await PostAsync("chatrooms", body);
        return answer.ShouldSucceed().Data.GetProperty("id").GetString()!;
    }

    public void Dispose()
    {
        Http.Dispose();
        Emulator.Dispose();
    }
}
