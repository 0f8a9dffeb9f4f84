using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Client;

/// <summary>The one check of a batch call's input: 1 to the call's documented limit of items, and names fit for the wire.</summary>
internal static class BatchGuard
{
    /// <summary>Throws unless <paramref name="items"/> holds 1 to <paramref name="max"/> entries.</summary>
    /// <param name="what">What the items are, plural: "user names", "attributes".</param>
    public static void RequireCount<T>(IReadOnlyCollection<T>? items, int max, string what, string parameter)
    {
        if (items is null) throw new ArgumentNullException(parameter);
        if (items.Count == 0 || items.Count > max)
            throw new ArgumentException($"Give 1 to {max} {what}; got {items.Count}.", parameter);
    }

    /// <summary>
    /// <see cref="RequireCount"/>, and each name non-empty without a comma: the names go into one comma-separated path
    /// segment or list.
    /// </summary>
    public static void RequireNames(IReadOnlyList<string>? names, int max, string what, string parameter)
    {
        RequireCount(names, max, what, parameter);
        foreach (var name in names!)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException($"The {what} must not be empty.", parameter);
            if (name.IndexOf(',') >= 0)
                throw new ArgumentException($"'{name}' contains a comma, which separates {what} on the wire.", parameter);
        }
    }
}
