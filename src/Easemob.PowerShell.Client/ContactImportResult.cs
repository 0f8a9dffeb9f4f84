using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>One user of a contact import: the contact made, or why not.</summary>
public sealed class ContactImportResult
{
    public ContactImportResult(string contact, EmUserContact? imported, EasemobApiException? refusal)
    {
        Contact = contact;
        Imported = imported;
        Refusal = refusal;
    }

    public string Contact { get; }

    public EmUserContact? Imported { get; }

    public EasemobApiException? Refusal { get; }
}
