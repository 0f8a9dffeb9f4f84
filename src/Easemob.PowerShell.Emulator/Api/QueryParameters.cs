using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace Easemob.PowerShell.Emulator.Api;

/// <summary>
/// A request's query parameters, decoded, in the order sent. Names are case-sensitive, as on the server. A
/// parameter sent empty ("limit=") reads as absent, as the service's binding takes it (it is still echoed).
/// </summary>
internal sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, List<string>>> _parameters = new List<KeyValuePair<string, List<string>>>();

    private QueryParameters()
    {
    }

    public static QueryParameters Parse(string rawQuery)
    {
        var query = new QueryParameters();
        foreach (var pair in rawQuery.Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair.Substring(0, equals));
            var value = equals < 0 ? string.Empty : Decode(pair.Substring(equals + 1));
            var values = query.ValuesOf(name);
            if (values == null)
            {
                values = new List<string>();
                query._parameters.Add(new KeyValuePair<string, List<string>>(name, values));
            }

            values.Add(value);
        }

        return query;
    }

    public bool Has(string name) => First(name) != null;

    /// <summary>The first value of the parameter, or null if it was not sent or sent empty.</summary>
    public string? First(string name)
    {
        var value = ValuesOf(name)?[0];
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>
    /// A paging number: <paramref name="defaultValue"/> when absent; values above <paramref name="max"/> are
    /// capped when <paramref name="capAtMax"/>; anything else out of range or not a 32-bit integer (the
    /// service binds an int, so 99999999999 is refused rather than capped) is 400 invalid_parameter.
    /// </summary>
    public int PagingNumber(string name, int defaultValue, int min, int max, bool capAtMax)
    {
        var text = First(name);
        if (text == null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value < min
            || (value > max && !capAtMax))
        {
            var range = max == int.MaxValue ? $">= {min}" : $"in [{min}, {max}]";
            throw new EmulatorApiException(ApiError.InvalidParameter($"{name} must be an integer {range}"));
        }

        return Math.Min(value, max);
    }

    /// <summary>Writes the parameters as the service echoes them: {"name": ["value", …]}.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var parameter in _parameters)
        {
            writer.WriteStartArray(parameter.Key);
            foreach (var value in parameter.Value)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private List<string>? ValuesOf(string name) =>
        _parameters.Where(p => p.Key == name).Select(p => p.Value).FirstOrDefault();
}
