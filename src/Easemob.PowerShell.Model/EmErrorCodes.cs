namespace Easemob.PowerShell.Model;

/// <summary>
/// The vendor's error words (the <c>error</c> field of a failure answer), named once for the client's
/// retry and outcome rules, the cmdlets' error advice and the emulator's answers.
/// </summary>
public static class EmErrorCodes
{
    /// <summary>400: malformed JSON body.</summary>
    public const string JsonParse = "json_parse";
    /// <summary>400: a parameter the service refuses (chatroom calls).</summary>
    public const string InvalidParameter = "invalid_parameter";
    /// <summary>400: a value the service refuses (user and attribute calls).</summary>
    public const string IllegalArgument = "illegal_argument";
    /// <summary>400 (or 401): a wrong client secret or password.</summary>
    public const string InvalidGrant = "invalid_grant";
    /// <summary>400: a token request with a grant type the service does not know.</summary>
    public const string UnsupportedGrantType = "unsupported_grant_type";
    /// <summary>400: the user name (or another unique property) exists already.</summary>
    public const string DuplicateUniqueProperty = "duplicate_unique_property_exists";
    /// <summary>400: a required property is missing.</summary>
    public const string RequiredPropertyNotFound = "required_property_not_found";
    /// <summary>409: the same user auto-created by two token requests at once (inherit grant).</summary>
    public const string ConcurrentOperation = "concurrent_operation_error";
    /// <summary>401: a token the service cannot read, or one of the wrong kind (a user token on an admin call).</summary>
    public const string BadAccessToken = "auth_bad_access_token";
    /// <summary>401: no token, or an expired or unknown one.</summary>
    public const string Unauthorized = "unauthorized";
    /// <summary>403 (or 400): an operation the service forbids, or a feature not enabled for the app.</summary>
    public const string ForbiddenOp = "forbidden_op";
    /// <summary>403: a count limit (members, admins, list sizes) would be exceeded.</summary>
    public const string ExceedLimit = "exceed_limit";
    /// <summary>404: no such user, chatroom or path.</summary>
    public const string ServiceResourceNotFound = "service_resource_not_found";
    /// <summary>404: no such chatroom or group member (the group service's word).</summary>
    public const string ResourceNotFound = "resource_not_found";
    /// <summary>404: no such entity.</summary>
    public const string EntityNotFound = "entity_not_found";
    /// <summary>404: the org or app in the path does not exist.</summary>
    public const string OrganizationApplicationNotFound = "organization_application_not_found";
    /// <summary>405: a method the path does not take.</summary>
    public const string MethodNotAllowed = "method_not_allowed";
    /// <summary>429: too many calls in a second; retried after a wait.</summary>
    public const string ReachLimit = "reach_limit";
    /// <summary>429: a plan quota; not retried.</summary>
    public const string ResourceLimited = "resource_limited";
    /// <summary>500: the server failed.</summary>
    public const string InternalServerError = "internal_server_error";
    /// <summary>503: the service is unavailable.</summary>
    public const string ServiceUnavailable = "service_unavailable";
    /// <summary>400: a message send the service refuses (empty or too many recipients, too large); 403: the message rate (recipients per window) is reached, so nothing was sent.</summary>
    public const string MessageSendError = "message_send_error";
    /// <summary>400: a recall of a message the service cannot find; 403: the recall window has passed.</summary>
    public const string MessageRecallError = "message_recall_error";
    /// <summary>A modify the service refuses: 404 no such message, 401 not the user's message, 403 edit limit or feature not enabled.</summary>
    public const string MessageRewriteError = "message_rewrite_error";
    /// <summary>404: no exported history for the hour asked: an hour without messages.</summary>
    public const string StorageObjectNotFound = "storage_object_not_found";
    /// <summary>The object store serving exported history: 403, a signed URL past its Expires.</summary>
    public const string AccessDenied = "AccessDenied";
    /// <summary>The object store: 403, a signed URL whose signature is not the store's.</summary>
    public const string SignatureDoesNotMatch = "SignatureDoesNotMatch";
    /// <summary>The object store: 400, a signed URL that also carries an Authorization header.</summary>
    public const string InvalidArgument = "InvalidArgument";
    /// <summary>400: a request body the message calls cannot read.</summary>
    public const string InvalidRequestBody = "invalid_request_body";
    /// <summary>403: the user metadata service refuses (a size limit, the feature not enabled).</summary>
    public const string Forbidden = "FORBIDDEN";
    /// <summary>400: the user metadata service refuses a request (a batch too large, no attributes).</summary>
    public const string BadRequest = "BAD_REQUEST";
    /// <summary>400/403/404/409: a group member-attribute call refused (409: a concurrent edit of the same member).</summary>
    public const string MetadataError = "metadata_error";
    /// <summary>Registration of a batch of users failed.</summary>
    public const string RegisterUserFailed = "register_user_failed";
}
