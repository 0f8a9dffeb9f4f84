using System.Collections.Generic;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace Easemob.PowerShell;

/// <summary>
/// The emulators each runspace started, so Stop-EmEmulator with no argument stops them all and a
/// closing runspace never leaves a listener behind.
/// </summary>
internal static class EmulatorRegistry
{
    private static readonly ConditionalWeakTable<Runspace, List<EmEmulator>> Started = new ConditionalWeakTable<Runspace, List<EmEmulator>>();

    public static void Add(Runspace runspace, EmEmulator emulator)
    {
        var list = Started.GetValue(runspace, r =>
        {
            r.StateChanged += OnRunspaceStateChanged;
            return new List<EmEmulator>();
        });
        lock (list)
        {
            list.Add(emulator);
        }
    }

    public static void Remove(Runspace runspace, EmEmulator emulator)
    {
        if (Started.TryGetValue(runspace, out var list))
        {
            lock (list)
            {
                list.Remove(emulator);
            }
        }
    }

    public static IReadOnlyList<EmEmulator> All(Runspace runspace)
    {
        if (!Started.TryGetValue(runspace, out var list))
        {
            return new EmEmulator[0];
        }
        lock (list)
        {
            return list.ToArray();
        }
    }

    private static void OnRunspaceStateChanged(object? sender, RunspaceStateEventArgs e)
    {
        var state = e.RunspaceStateInfo.State;
        if (sender is Runspace runspace && (state == RunspaceState.Closed || state == RunspaceState.Broken))
        {
            foreach (var emulator in All(runspace))
            {
                emulator.Dispose();
            }
            Started.Remove(runspace);
        }
    }
}
