using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>Reads and writes <see cref="StateFileDocument"/>s: JSON, checked format marker and version, atomic saves.</summary>
internal static class StateFile
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    /// <summary>
    /// A temporary older than this was left by a save that crashed (a save takes milliseconds); a younger one
    /// may be another process's save in progress.
    /// </summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    /// <summary>The suffix <see cref="Write"/> gives its temporary: "." and 8 hex digits, then ".tmp".</summary>
    private static readonly Regex TemporarySuffix = new Regex(@"^\.[0-9a-f]{8}\.tmp$", RegexOptions.CultureInvariant);

    /// <summary>The document in <paramref name="path"/>, or null when there is no such file.</summary>
    public static StateFileDocument? Read(string path)
    {
        RemoveStaleTemporaries(path);
        if (!File.Exists(path))
        {
            return null;
        }

        StateFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<StateFileDocument>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new EmulatorStateFileException(path, "not valid state JSON: " + e.Message, e);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            throw new EmulatorStateFileException(path, "cannot be read: " + e.Message, e);
        }

        if (document?.Format != StateFileDocument.FormatMarker)
        {
            throw new EmulatorStateFileException(path,
                $"not an emulator state file: \"format\" must be \"{StateFileDocument.FormatMarker}\".");
        }

        if (document.Version != StateFileDocument.CurrentVersion)
        {
            throw new EmulatorStateFileException(path,
                $"version {document.Version?.ToString() ?? "(none)"} is not supported; this module reads version {StateFileDocument.CurrentVersion}.");
        }

        return document;
    }

    /// <summary>
    /// Writes a temporary file beside <paramref name="path"/> and renames it over the old one, so a crash
    /// mid-save leaves the old file or the new one, never half of one.
    /// </summary>
    public static void Write(string path, StateFileDocument document)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        RemoveStaleTemporaries(path);
        try
        {
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, document, Json);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(path))
            {
                File.Replace(temporary, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, path);
            }
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            throw new EmulatorStateFileException(path, "cannot be saved: " + e.Message, e);
        }
    }

    /// <summary>Deletes the temporaries of saves of <paramref name="path"/> that crashed; one that cannot be deleted is left.</summary>
    private static void RemoveStaleTemporaries(string path)
    {
        var directory = Path.GetDirectoryName(path);
        var name = Path.GetFileName(path);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            return;
        }

        var staleBefore = DateTime.UtcNow - StaleAfter;
        foreach (var file in Directory.EnumerateFiles(directory!, name + ".*.tmp")
            .Where(f => TemporarySuffix.IsMatch(Path.GetFileName(f).Substring(name.Length))))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < staleBefore)
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Left for the next save: cleaning up must not fail a load or a save.
            }
        }
    }
}
