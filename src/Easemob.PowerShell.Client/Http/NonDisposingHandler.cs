using System.Net.Http;

namespace Easemob.PowerShell.Client.Http;

/// <summary>
/// Wraps a caller-supplied primary handler: the HTTP client factory disposes the handler chains it rotates out,
/// and must not dispose a handler the caller owns.
/// </summary>
internal sealed class NonDisposingHandler : DelegatingHandler
{
    public NonDisposingHandler(HttpMessageHandler callerOwned)
        : base(callerOwned)
    {
    }

    protected override void Dispose(bool disposing)
    {
        // Deliberately not base.Dispose: that would dispose the caller's handler.
    }
}
