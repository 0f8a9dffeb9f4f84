using System.Collections.Generic;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Emulator.Api.Endpoints;

/// <summary>A family of calls: its handlers and the routes that reach them, declared beside each other.</summary>
internal interface IEndpoints
{
    IEnumerable<Route> Routes { get; }
}
