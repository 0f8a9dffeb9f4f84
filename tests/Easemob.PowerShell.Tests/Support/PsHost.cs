using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Easemob.PowerShell.Tests.Support;

/// <summary>
/// A runspace of the real PowerShell engine with the built module imported by its manifest, as a user
/// would have it after `Import-Module ./out/Easemob.PowerShell`.
/// </summary>
public sealed class PsHost : IDisposable
{
    private readonly Runspace _runspace;
    private readonly CaptureHost _host = new();

    /// <param name="importModule">False for a bare engine.</param>
    /// <param name="configure">Adjusts the runspace's initial state (e.g. its execution policy) before it opens.</param>
    public PsHost(bool importModule = true, Action<InitialSessionState>? configure = null)
    {
        var state = InitialSessionState.CreateDefault2();
        configure?.Invoke(state);
        _runspace = RunspaceFactory.CreateRunspace(_host, state);
        _runspace.Open();
        if (importModule)
        {
            Run("Import-Module $args[0] -ErrorAction Stop", ModulePaths.Manifest).ThrowIfErrors();
        }
    }

    public Runspace Runspace => _runspace;

    /// <summary>Renders what a script outputs as the console would (format views applied) and returns the text.</summary>
    public string Render(string script, params object?[] args)
    {
        _host.TakeText();
        Run("& { " + script + " } | Out-Default", args).ThrowIfErrors();
        // Headers come styled with ANSI escapes; tests read the plain text.
        return System.Text.RegularExpressions.Regex.Replace(_host.TakeText(), "\u001b\\[[0-9;]*m", "");
    }

    /// <summary>What the host has shown since the last take (Write-Host, host UI lines, rendered output).</summary>
    public string TakeHostText() => _host.TakeText();

    public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    public object? GetVariable(string name) => _runspace.SessionStateProxy.GetVariable(name);

    /// <summary>Runs a script; its arguments are available as $args.</summary>
    public PsResult Run(string script, params object?[] args)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        foreach (var arg in args)
        {
            ps.AddArgument(arg);
        }
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException exception)
        {
            output = new Collection<PSObject>();
            terminating = exception;
        }
        return new PsResult(output, ps.Streams, terminating);
    }

    /// <summary>Starts a pipeline without waiting, for tests that stop it midway.</summary>
    public (System.Management.Automation.PowerShell Shell, IAsyncResult Handle, PSDataCollection<PSObject> Output) Begin(string script)
    {
        var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        var handle = ps.BeginInvoke<PSObject, PSObject>(null, output);
        return (ps, handle, output);
    }

    public void Dispose() => _runspace.Dispose();
}

public sealed class PsResult
{
    public PsResult(Collection<PSObject> output, PSDataStreams streams, Exception? terminating)
    {
        Output = output;
        Errors = streams.Error.ToList();
        Verbose = streams.Verbose.Select(v => v.Message).ToList();
        Debug = streams.Debug.Select(d => d.Message).ToList();
        Warnings = streams.Warning.Select(w => w.Message).ToList();
        Information = streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList();
        Progress = streams.Progress.ToList();
        Terminating = terminating;
    }

    public Collection<PSObject> Output { get; }
    public List<ErrorRecord> Errors { get; }
    public List<string> Verbose { get; }
    public List<string> Debug { get; }
    public List<string> Warnings { get; }
    public List<string> Information { get; }
    public List<ProgressRecord> Progress { get; }
    /// <summary>The exception that ended the script, if any (e.g. a terminating error).</summary>
    public Exception? Terminating { get; }

    /// <summary>The terminating error or the first error record, as an ErrorRecord.</summary>
    public ErrorRecord? FirstError => (Terminating as IContainsErrorRecord)?.ErrorRecord ?? Errors.FirstOrDefault();

    /// <summary>The output's base objects cast to <typeparamref name="T"/>.</summary>
    public List<T> Objects<T>() => Output.Select(o => (T)o.BaseObject).ToList();

    /// <summary>Every text the run produced in any stream, for secret-leak checks.</summary>
    public string AllText()
    {
        var parts = new List<string>();
        parts.AddRange(Output.Select(o => o?.ToString() ?? ""));
        parts.AddRange(Errors.SelectMany(e => new[] { e.ToString(), e.Exception?.ToString() ?? "", e.ErrorDetails?.Message ?? "", e.TargetObject?.ToString() ?? "" }));
        parts.AddRange(Verbose);
        parts.AddRange(Debug);
        parts.AddRange(Warnings);
        parts.AddRange(Information);
        if (Terminating != null)
        {
            parts.Add(Terminating.ToString());
        }
        return string.Join("\n", parts);
    }

    public PsResult ThrowIfErrors()
    {
        if (Terminating != null)
        {
            throw new InvalidOperationException("Script failed: " + Terminating.Message, Terminating);
        }
        if (Errors.Count > 0)
        {
            throw new InvalidOperationException("Script wrote errors:\n" + string.Join("\n", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
        }
        return this;
    }
}
