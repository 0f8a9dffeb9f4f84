using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client.Http;

/// <summary>Reads a 200 answer's JSON; an unreadable one becomes an <c>invalid_response</c> <see cref="EasemobApiException"/>.</summary>
internal static class ResponseBody
{
    public static T Parse<T>(byte[] body, JsonTypeInfo<T> type, ApiRequest request)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw ApiFailures.InvalidResponse(request, "the body is JSON null.");
        }
        catch (JsonException e)
        {
            throw ApiFailures.InvalidResponse(request, e.Message, e);
        }
    }
}
