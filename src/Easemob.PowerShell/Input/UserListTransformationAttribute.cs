using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace Easemob.PowerShell;

/// <summary>
/// Accepts user names as an array or as one delimited string, so a CSV column like "u1;u2 u3" binds:
/// each string is split on ';', ',' and white space. An element of a list that holds no name (<c>'  ', carol</c>)
/// stays as a blank name, so the cmdlet refuses it as that element's own error instead of dropping it; a lone
/// blank value (an empty CSV cell) holds no names.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class UserListTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject ps ? ps.BaseObject : inputData;
        if (value == null)
        {
            return null;
        }
        var elements = new List<string?>();
        if (value is IEnumerable items && !(value is string))
        {
            foreach (var item in items)
            {
                elements.Add((item is PSObject p ? p.BaseObject : item)?.ToString());
            }
        }
        else
        {
            elements.Add(value.ToString());
        }
        var names = new List<string>();
        foreach (var element in elements)
        {
            var split = (element ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (split.Length == 0 && elements.Count > 1)
            {
                names.Add(string.Empty);
            }
            names.AddRange(split);
        }
        return names.ToArray();
    }
}
