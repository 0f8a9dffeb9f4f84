using System;
using System.Collections.Generic;
using System.Reflection;

namespace Easemob.PowerShell;

/// <summary>
/// Runs an action when the process is told to end by SIGTERM (kill, containers, service managers, CI
/// timeouts) or SIGHUP (a closed terminal), before the runtime ends it. PosixSignalRegistration exists from
/// .NET 6 (pwsh 7) but the module targets netstandard2.0, so it is looked up by reflection; where the
/// runtime lacks it (Windows PowerShell) nothing is registered and only Ctrl+C reaches the cmdlet.
/// </summary>
internal static class TerminationSignals
{
    private const string Namespace = "System.Runtime.InteropServices.";

    /// <summary>Registers <paramref name="onSignal"/> for both signals; dispose the result to unregister.</summary>
    public static IDisposable Register(Action onSignal)
    {
        var registrations = new List<IDisposable>();
        var registration = Find("PosixSignalRegistration");
        var signal = Find("PosixSignal");
        var context = Find("PosixSignalContext");
        if (registration == null || signal == null || context == null)
        {
            return new Registrations(registrations);
        }

        var handlerType = typeof(Action<>).MakeGenericType(context);
        var create = registration.GetMethod("Create", new[] { signal, handlerType });
        var handler = typeof(TerminationSignals).GetMethod(nameof(Handler), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(context).Invoke(null, new object[] { onSignal });
        foreach (var name in new[] { "SIGTERM", "SIGHUP" })
        {
            try
            {
                registrations.Add((IDisposable)create!.Invoke(null, new[] { Enum.Parse(signal, name), handler })!);
            }
            catch (TargetInvocationException e) when (e.InnerException is PlatformNotSupportedException)
            {
                // A platform without this signal: the others still count.
            }
        }

        return new Registrations(registrations);
    }

    /// <summary>The handler as the runtime's delegate type; not cancelling lets the signal end the process afterwards.</summary>
    private static Action<T> Handler<T>(Action onSignal) => _ => onSignal();

    private static Type? Find(string name) =>
        typeof(object).Assembly.GetType(Namespace + name) ?? Type.GetType(Namespace + name + ", System.Runtime.InteropServices");

    private sealed class Registrations : IDisposable
    {
        private readonly List<IDisposable> registrations;

        public Registrations(List<IDisposable> registrations)
        {
            this.registrations = registrations;
        }

        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
