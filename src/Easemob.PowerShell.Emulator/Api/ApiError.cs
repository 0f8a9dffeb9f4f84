using System.Collections.Generic;
using Easemob.PowerShell.Model;


namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// One failure answer of the service: status, error code, the Java exception name the server reports and the
/// message. Every vendor error the emulator can send is made here, so codes and messages live in one place.
/// </summary>
internal sealed class ApiError
{
    private ApiError(int status, string code, string exception, string description)
    {
        Status = status;
        Code = code;
        Exception = exception;
        Description = description;
    }

    public int Status { get; }

    public string Code { get; }

    public string Exception { get; }

    public string Description { get; }

    public static ApiError OrganizationApplicationNotFound(string org, string app, string uriPath) =>
        new ApiError(404, EmErrorCodes.OrganizationApplicationNotFound, "org.apache.usergrid.rest.exceptions.OrganizationApplicationNotFoundException",
            $"Could not find application for {org}/{app} from URI: {uriPath}");

    public static ApiError ServiceResourceNotFound() =>
        new ApiError(404, EmErrorCodes.ServiceResourceNotFound, "org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException", "Service resource not found");

    public static ApiError Unauthorized() =>
        new ApiError(401, EmErrorCodes.Unauthorized, "org.apache.usergrid.rest.exceptions.UnauthorizedException", "Unable to authenticate (OAuth)");

    public static ApiError ReachLimit() =>
        new ApiError(429, EmErrorCodes.ReachLimit, "com.easemob.ratelimit.exception.ReachLimitException", "This request has reached api limit");

    public static ApiError InternalServerError() =>
        new ApiError(500, EmErrorCodes.InternalServerError, "java.lang.RuntimeException", "Internal Server Error");

    public static ApiError ServiceUnavailable() =>
        new ApiError(503, EmErrorCodes.ServiceUnavailable, "com.easemob.rest.exceptions.ServiceUnavailableException", "Service Unavailable");

    public static ApiError JsonParse() =>
        new ApiError(400, EmErrorCodes.JsonParse, "com.fasterxml.jackson.core.JsonParseException", "Unexpected character in the request body: it is not valid JSON");

    /// <summary>A request that is not readable HTTP (request line, headers, length, chunks).</summary>
    public static ApiError MalformedRequest(string message) =>
        new ApiError(400, "bad_request", "org.springframework.http.converter.HttpMessageNotReadableException", "The request could not be read: " + message);

    /// <summary>A known path asked with a method it does not take.</summary>
    public static ApiError MethodNotAllowed(string method) =>
        new ApiError(405, EmErrorCodes.MethodNotAllowed, "org.springframework.web.HttpRequestMethodNotSupportedException", $"Request method '{method}' not supported");

    public static ApiError InvalidParameter(string message) =>
        new ApiError(400, EmErrorCodes.InvalidParameter, "com.easemob.group.exception.InvalidParameterException", message);

    public static ApiError IllegalArgument(string message) =>
        new ApiError(400, EmErrorCodes.IllegalArgument, "java.lang.IllegalArgumentException", message);

    public static ApiError InvalidGrant() =>
        new ApiError(400, EmErrorCodes.InvalidGrant, "org.apache.usergrid.management.exceptions.InvalidGrantException", "client_secret does not match");

    /// <summary>A refused user login (password grant): "user not found" (404), "user not activated", "invalid password".</summary>
    public static ApiError InvalidGrant(int status, string message) =>
        new ApiError(status, EmErrorCodes.InvalidGrant, "org.apache.usergrid.management.exceptions.InvalidGrantException", message);

    /// <summary>Two token requests auto-created the same user within a second (inherit grant with autoCreateUser).</summary>
    public static ApiError ConcurrentAutoCreate() =>
        new ApiError(409, EmErrorCodes.ConcurrentOperation, "com.easemob.usergrid.exception.ConcurrentOperationException", "concurrency create app user failed");

    public static ApiError UnsupportedGrantType(string? grantType) =>
        new ApiError(400, EmErrorCodes.UnsupportedGrantType, "org.apache.usergrid.management.exceptions.UnsupportedGrantTypeException", $"unsupported grant_type: {grantType}");

    /// <summary>An unknown chatroom on a read (details, members).</summary>
    public static ApiError GroupNotFound(string id) =>
        new ApiError(404, EmErrorCodes.ServiceResourceNotFound, "org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException", $"do not find this group:{id}");

    /// <summary>An unknown chatroom on a write (modify, transfer, delete).</summary>
    public static ApiError GroupDoesNotExist(string id) =>
        new ApiError(404, EmErrorCodes.ResourceNotFound, "com.easemob.group.exception.ResourceNotFoundException", $"grpID {id} does not exist!");

    public static ApiError UsernameDoesNotExist(string username) =>
        new ApiError(404, EmErrorCodes.ResourceNotFound, "com.easemob.group.exception.ResourceNotFoundException", $"username {username} doesn't exist!");

    public static ApiError ExceedLimit(string message) =>
        new ApiError(403, EmErrorCodes.ExceedLimit, "com.easemob.group.exception.ExceedLimitException", message);

    public static ApiError ForbiddenOperation(string message) =>
        new ApiError(403, EmErrorCodes.ForbiddenOp, "com.easemob.group.exception.ForbiddenOpException", message);

    /// <summary>Users a chatroom call needs as members that are not (mute, allowlist): a 400, unlike other forbidden_op answers.</summary>
    public static ApiError NotMembers(IEnumerable<string> usernames) =>
        new ApiError(400, EmErrorCodes.ForbiddenOp, "com.easemob.group.exception.ForbiddenOpException", $"users [{string.Join(", ", usernames)}] are not members of this group!");

    /// <summary>A per-user batch above the call's limit, in the server's wording for that call.</summary>
    public static ApiError BatchTooLarge(string message, int limit) => InvalidParameter($"{message} : {limit}");

    public static ApiError DuplicateUsername(string username) =>
        new ApiError(400, EmErrorCodes.DuplicateUniqueProperty, "org.apache.usergrid.persistence.exceptions.DuplicateUniquePropertyExistsException",
            $"Entity user requires that property named username be unique, value of {username} exists");

    /// <summary>An unknown user on a global-mute call.</summary>
    public static ApiError MuteUserNotFound(string username) => RequiredPropertyNotFound($"username {username} doesn't exist");

    public static ApiError RequiredPropertyNotFound(string message) =>
        new ApiError(400, EmErrorCodes.RequiredPropertyNotFound, "org.apache.usergrid.persistence.exceptions.RequiredPropertyNotFoundException", message);

    public static ApiError EntityNotFound(string message) =>
        new ApiError(404, EmErrorCodes.EntityNotFound, "org.apache.usergrid.persistence.exceptions.EntityNotFoundException", message);

    /// <summary>
    /// A chatroom-attribute refusal: the error word is blank for 400s ("exceed allowed batch size 10") and
    /// "MetadataException" for the 401 "user is not in chatroom".
    /// </summary>
    public static ApiError Metadata(int status, string message) =>
        new ApiError(status, status == 401 ? "MetadataException" : string.Empty, "com.easemob.metadata.exception.MetadataException", message);

    /// <summary>A send the message service refuses: 400 with the server's reason ("param to can't be empty", …).</summary>
    public static ApiError MessageSend(string message) =>
        new ApiError(400, EmErrorCodes.MessageSendError, "EasemobMessageSendException", message);

    /// <summary>The message rate (recipients per window) reached: 403, nothing sent.</summary>
    public static ApiError MessageSendReachLimit() =>
        new ApiError(403, EmErrorCodes.MessageSendError, "EasemobMessageSendException", "message send reach limit");

    /// <summary>A message call's body that is not the JSON it takes.</summary>
    public static ApiError InvalidRequestBody() =>
        new ApiError(400, EmErrorCodes.InvalidRequestBody, "EasemobInvalidRequestBodyException", "Request body is invalid. Please check body is correct.");

    /// <summary>A feature the vendor has not enabled for the app: "message recall service is unopened".</summary>
    public static ApiError ServiceUnopened(string service) =>
        new ApiError(403, EmErrorCodes.ForbiddenOp, "EasemobForbiddenOpException", service + " service is unopened");

    /// <summary>A recall the service refuses: 400 (empty parameter, message not found) or 403 (recall window passed).</summary>
    public static ApiError MessageRecall(int status, string message) =>
        new ApiError(status, EmErrorCodes.MessageRecallError, "EasemobMessageRecallException", message);

    /// <summary>A modify the service refuses (404 not found, 403 edit limit or feature not open, 400 type not supported).</summary>
    public static ApiError MessageRewrite(int status, string message) =>
        new ApiError(status, EmErrorCodes.MessageRewriteError, "EasemobMessageRewriteException", message);

    /// <summary>A modify of a message id that is not a number; the service's error word is the exception's name.</summary>
    public static ApiError InvalidMessageId() =>
        new ApiError(400, "InvalidMessageIdException", "InvalidMessageIdException", "The provided message ID is not a valid number.");

    /// <summary>An hour asked of the history export with no messages.</summary>
    public static ApiError HistoryNotFound(string appKey, string time) =>
        new ApiError(404, EmErrorCodes.StorageObjectNotFound, "StorageObjectNotFoundException", $"Failed to find chat message history download url for appkey: {appKey}, time: {time}");

    /// <summary>An hour the history export cannot serve: not yyyyMMddHH, or (with <paramref name="unstored"/>) expired or not stored yet.</summary>
    public static ApiError HistoryTime(string appKey, string time, bool unstored) =>
        IllegalArgument($"illegal arguments: appkey: {appKey}, time: {time}" + (unstored ? ", maybe chat message history is expired or unstored" : string.Empty));

    /// <summary>The object store's refusals of a signed URL: expired, wrong signature, or an Authorization header besides the signature.</summary>
    public static ApiError ObjectStore(int status, string code, string message) => new ApiError(status, code, "ObjectStoreException", message);
    /// <summary>A user-attribute refusal: 403 FORBIDDEN (sizes) or 400 BAD_REQUEST (batch size, no attributes).</summary>
    public static ApiError UserMetadata(int status, string message) =>
        new ApiError(status, status == 403 ? EmErrorCodes.Forbidden : EmErrorCodes.BadRequest, "com.easemob.metadata.exception.MetadataException", message);
    /// <summary>A group member-attribute refusal: error word metadata_error.</summary>
    public static ApiError GroupMetadata(int status, string message) =>
        new ApiError(status, EmErrorCodes.MetadataError, "com.easemob.metadata.exception.MetadataException", message);

    // The limit messages below are the server's own wording, odd grammar included.
    public static ApiError TitleTooLong() => ExceedLimit($"title cannot exceed to {EmApiLimits.MaxChatroomNameLength}");

    public static ApiError DescriptionTooLong() => ExceedLimit($"desc cannot exceed to {EmApiLimits.MaxChatroomDescriptionLength}");

    public static ApiError MaxUsersOutOfRange() => ExceedLimit($"maxUsers cannot exceed {EmApiLimits.MaxChatroomMaxUsers}");

    public static ApiError MembersExceedMaxUsers() => ExceedLimit("members size is greater than max user size !");

    public static ApiError TooManyChatrooms(string appKey) => ExceedLimit($"appKey:{appKey} has create too many chatrooms!");
}
