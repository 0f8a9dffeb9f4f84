namespace Easemob.PowerShell.Model;

public enum EmAuthMode
{
    /// <summary>A token fetched with the app's client id and secret, and refreshed as it expires.</summary>
    ClientCredentials,
    /// <summary>A pre-issued token; it cannot be refreshed.</summary>
    Token,
    /// <summary>Agora Chat: app tokens built locally from the Agora app id and certificate, and rebuilt as they expire.</summary>
    AgoraCertificate,
}
