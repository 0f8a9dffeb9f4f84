using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Client;

/// <summary>One user's result in a batch register: the created user, or the server's refusal of that user alone.</summary>
public sealed class UserRegistration
{
    public UserRegistration(string username, EmUser? created, EasemobApiException? refusal)
    {
        Username = username;
        Created = created;
        Refusal = refusal;
    }

    public string Username { get; }

    public EmUser? Created { get; }

    public EasemobApiException? Refusal { get; }
}
