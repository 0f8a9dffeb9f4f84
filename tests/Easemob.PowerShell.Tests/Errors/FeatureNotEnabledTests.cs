using System.Management.Automation;
using System.Text;
using Easemob.PowerShell.Client.Tests.Support;

namespace Easemob.PowerShell.Tests.Errors;

/// <summary>A feature not enabled for the app: every documented wording is one error id, with the advice to have it enabled.</summary>
public class FeatureNotEnabledTests
{
    private static ErrorRecord ErrorOf(int status, string code, string description, string command)
    {
        var json = $"{{\"error\":\"{code}\",\"exception\":\"EasemobForbiddenOpException\",\"timestamp\":1644402553845,\"duration\":0,\"error_description\":\"{description}\"}}";
        var reason = status == 403 ? "Forbidden" : "Bad Request";
        using var server = new LoopbackHttpServer(_ =>
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}");
        using var ps = new PsHost();
        ps.Run("Connect-EmApp -BaseUri $args[0] -AppKey 'org#app' -Token $args[1]", server.BaseUri.AbsoluteUri, new System.Net.NetworkCredential("", "token").SecurePassword)
            .ThrowIfErrors();
        return ps.Run(command).FirstError!;
    }

    [Theory]
    [InlineData("forbidden_op", "user_mute is not used for this app", "Set-EmGlobalMute -Username alice -Chat 600")]
    [InlineData("forbidden_op", "message broadcast service is unopened", "Get-EmChatroom")]
    [InlineData("FORBIDDEN", "org#app user metadata service not allow", "Get-EmUser -Username alice")]
    [InlineData("metadata_error", "chatgroup user metadata service not allow", "Get-EmChatroomAttribute -Id 1")]
    public void A_documented_disabled_feature_answer_is_FeatureNotEnabled_with_advice(string code, string description, string command)
    {
        var error = ErrorOf(403, code, description, command);

        Assert.StartsWith("Easemob.FeatureNotEnabled,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.NotEnabled, error.CategoryInfo.Category);
        Assert.Contains(description, error.ToString());
        Assert.Contains("not enabled for the app", error.ToString());
        Assert.Contains("Easemob must enable this feature for the app", error.ErrorDetails.RecommendedAction);
        // The vendor's own word stays on the exception, for a script that reads it.
        Assert.Equal(code, ((Easemob.PowerShell.Model.EasemobApiException)error.Exception).ErrorCode);
    }

    [Theory]
    [InlineData(403, "forbidden_op", "new owner and old owner are the same")]
    [InlineData(403, "forbidden_op", "the user_mute service is unopened, see bob")]
    [InlineData(400, "forbidden_op", "message broadcast service is unopened")]
    public void Other_refusals_keep_the_vendors_error_word(int status, string code, string description)
    {
        var error = ErrorOf(status, code, description, "Set-EmChatroomOwner -Id 1 -NewOwner bob -Confirm:$false");

        Assert.StartsWith("Easemob.forbidden_op,", error.FullyQualifiedErrorId);
        Assert.NotEqual(ErrorCategory.NotEnabled, error.CategoryInfo.Category);
    }
}
