using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Easemob.PowerShell;

/// <summary>
/// The default session of each runspace. Keyed weakly by the runspace so two runspaces never see each
/// other's default and a closed runspace's session can be collected.
/// </summary>
internal static class SessionStore
{
    private sealed class Slot
    {
        public EmSession? Session;
    }

    private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

    public static EmSession? GetDefault(Runspace runspace) =>
        Slots.TryGetValue(runspace, out var slot) ? slot.Session : null;

    /// <summary>Makes <paramref name="session"/> the default and returns the one it replaced.</summary>
    public static EmSession? SetDefault(Runspace runspace, EmSession? session)
    {
        var slot = Slots.GetValue(runspace, _ => new Slot());
        lock (slot)
        {
            var previous = slot.Session;
            slot.Session = session;
            return previous;
        }
    }
}
