namespace Easemob.PowerShell.Client.Http;

/// <summary>Whether repeating a request that may already have been processed is harmless; decides which failures are retried.</summary>
internal enum RequestIdempotency
{
    /// <summary>A read, whatever its method (GET, and the POSTs that only read: attributes, batch status): it changes nothing.</summary>
    Read,

    /// <summary>A write that is harmless to repeat: PUT, DELETE, and the POSTs (or GETs) that set absolute state.</summary>
    Idempotent,

    /// <summary>A POST that creates something: retried only when the server surely did not act on it.</summary>
    NonIdempotent,

    /// <summary>
    /// A POST never repeated, not even after a refusal: a broadcast, whose quota is a few a day, so a retry would
    /// spend it or wait out a half-hour window unseen.
    /// </summary>
    Once,
}
