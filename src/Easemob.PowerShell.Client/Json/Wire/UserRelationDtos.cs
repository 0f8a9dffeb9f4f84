using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Easemob.PowerShell.Client.Json.Wire;

/// <summary>A page of the paged contact list: <c>data.contacts</c>; the cursor may come beside data or inside it.</summary>
internal sealed class ContactListDto
{
    [JsonPropertyName("contacts")]
    public List<ContactDto>? Contacts { get; set; }

    [JsonPropertyName("cursor")]
    public string? Cursor { get; set; }
}

internal sealed class ContactDto
{
    [JsonPropertyName("username")]
    public string? Username { get; set; }

    [JsonPropertyName("remark")]
    public string? Remark { get; set; }
}

/// <summary>The contact import's outcome per user, in the vendor's own spelling of each list.</summary>
internal sealed class ContactImportDto
{
    [JsonPropertyName("success")]
    public List<string>? Success { get; set; }

    [JsonPropertyName("NotExistFailed")]
    public List<string>? NotExistFailed { get; set; }

    [JsonPropertyName("maxLimitFailed")]
    public List<string>? MaxLimitFailed { get; set; }

    [JsonPropertyName("UnKnowFailed")]
    public List<string>? UnknownFailed { get; set; }
}

internal sealed class RemarkBody
{
    [JsonPropertyName("remark")]
    public string Remark { get; set; } = string.Empty;
}
