using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell.Commands;

/// <summary>
/// Sets users' attributes (profiles). The vendor page does not say whether a set keeps the keys it does not
/// send, so each user's attributes are read, merged with the given ones and written back whole: keys not given
/// are kept either way.
/// </summary>
[Cmdlet(VerbsCommon.Set, "EmUserAttribute", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(EmUserAttribute))]
public sealed class SetEmUserAttributeCommand : EmUserCmdlet
{
    /// <summary>Any attributes, by name (with the well-known parameters, those win for their key).</summary>
    [Parameter(Position = 1)]
    public Hashtable? Attribute { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Nickname { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? AvatarUrl { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Phone { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Mail { get; set; }

    /// <summary>0 unknown, 1 male, 2 female.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Gender { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Sign { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Birth { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Ext { get; set; }

    /// <summary>Writes each user's attributes as they are after the set.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var target = string.Join(", ", Username);
        var given = GivenAttributes(target);
        if (given == null)
        {
            return;
        }
        if (given.Count == 0)
        {
            WriteError(ErrorRecords.InvalidArgument("NothingToSet", "No attribute was given (blank values from the pipeline are not given).", target));
            return;
        }
        var bytes = EmApiLimits.UserAttributeBytes(given);
        if (bytes > EmApiLimits.MaxUserAttributeBytes)
        {
            WriteError(TooLarge(target, bytes));
            return;
        }

        var passThru = PassThru.IsPresent;
        var names = string.Join(", ", given.Keys);
        StartPerUser(username => ShouldProcess(username, "Set attributes " + names), async (username, cancellationToken) =>
        {
            var current = await Client.GetUserAttributesAsync(username, cancellationToken).ConfigureAwait(false);
            var merged = current.Attributes.ToDictionary(a => a.Key, a => a.Value);
            foreach (var pair in given)
            {
                merged[pair.Key] = pair.Value;
            }
            var total = EmApiLimits.UserAttributeBytes(merged);
            if (total > EmApiLimits.MaxUserAttributeBytes)
            {
                return () => WriteError(TooLarge(username, total));
            }
            await Client.SetUserAttributesAsync(username, merged, cancellationToken).ConfigureAwait(false);
            var written = new EmUserAttribute(username, merged);
            return passThru ? () => WriteObject(written) : NoWrites;
        });
    }

    /// <summary>The attributes the user gave, each checked; null after writing an error for a bad one.</summary>
    private Dictionary<string, string>? GivenAttributes(string target)
    {
        var given = new Dictionary<string, string>();
        foreach (DictionaryEntry entry in Attribute ?? new Hashtable())
        {
            var key = LanguagePrimitives.ConvertTo<string>(entry.Key)?.Trim() ?? string.Empty;
            if (entry.Value == null)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidAttributeValue", "Attribute '" + key + "' has no value; use '' for an empty one.", target));
                return null;
            }
            given[key] = LanguagePrimitives.ConvertTo<string>(entry.Value);
        }
        foreach (var (key, parameter, value) in new[]
        {
            ("nickname", nameof(Nickname), Nickname), ("avatarurl", nameof(AvatarUrl), AvatarUrl), ("phone", nameof(Phone), Phone),
            ("mail", nameof(Mail), Mail), ("gender", nameof(Gender), Gender), ("sign", nameof(Sign), Sign),
            ("birth", nameof(Birth), Birth), ("ext", nameof(Ext), Ext),
        })
        {
            if (Given(parameter, value) is { } text)
            {
                given[key] = text;
            }
        }
        foreach (var pair in given)
        {
            if (EmApiLimits.UserAttributeProblem(pair.Key, pair.Value) is { } problem)
            {
                WriteError(ErrorRecords.InvalidArgument("InvalidAttribute", problem, target));
                return null;
            }
        }
        return given;
    }

    private static ErrorRecord TooLarge(string target, int bytes) =>
        ErrorRecords.InvalidArgument("UserAttributesTooLarge",
            "A user's attributes may hold at most " + EmApiLimits.MaxUserAttributeBytes + " bytes (UTF-8 keys and values); these would hold " + bytes + ".", target);
}
