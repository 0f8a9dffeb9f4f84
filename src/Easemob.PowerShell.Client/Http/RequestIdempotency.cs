namespace Easemob.PowerShell.Client.Http;

/// <summary>Whether repeating a request that may already have been processed is harmless; decides which failures are retried.</summary>
internal enum RequestIdempotency
{
    /// <summary>GET, PUT, DELETE, and the POSTs that set absolute state (token, global mutes).</summary>
    Idempotent,

    /// <summary>A POST that creates something: retried only when the server surely did not act on it.</summary>
    NonIdempotent,
}
