using System.Net;
using System.Text;

namespace Easemob.PowerShell.Client.Tests.Support;

internal static class Responses
{
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Token(string accessToken, long expiresIn) =>
        Json($$"""{"access_token":"{{accessToken}}","expires_in":{{expiresIn}},"application":"8bXXXX02"}""");

    /// <summary>A vendor failure body: error, error_description, exception, timestamp, duration.</summary>
    public static HttpResponseMessage Error(int status, string? error, string description = "failure")
    {
        var errorJson = error is null ? "" : $"\"error\":\"{error}\",";
        return Json($$"""{{{errorJson}}"exception":"EasemobException","timestamp":1542537813420,"duration":0,"error_description":"{{description}}"}""", (HttpStatusCode)status);
    }

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, TimeSpan delay)
    {
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        return response;
    }

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, DateTimeOffset date)
    {
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(date);
        return response;
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".json"));
}
