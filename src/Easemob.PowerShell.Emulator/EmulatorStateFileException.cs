using System;

namespace Easemob.PowerShell.Emulator;

/// <summary>An emulator state file that cannot be loaded or saved; the message names the file and the problem.</summary>
public sealed class EmulatorStateFileException : Exception
{
    internal EmulatorStateFileException(string path, string problem, Exception? inner = null)
        : base($"Emulator state file '{path}': {problem}", inner)
    {
        Path = path;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }
}
