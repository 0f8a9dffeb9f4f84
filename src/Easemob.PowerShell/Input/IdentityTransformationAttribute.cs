using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell;

/// <summary>
/// Binds chatroom ids or user names, trimmed of surrounding white space. With identity properties, a
/// module object (EmChatroom, EmChatroomMember, EmUser, EmGlobalMute) binds by value as its identity,
/// and the binding is remembered: the cmdlet then knows the item's other properties merely came along
/// and are not "given" (<see cref="EmApiCmdlet.IsGiven"/>) unless it is the cmdlet's template. Any other object piped by value without a
/// value in one of those properties (a CSV row with a blank or missing ChatroomId) binds as a marked blank
/// identity, so the cmdlet refuses that item, instead of PowerShell binding the object's text
/// ("@{Username=bob}") and the cmdlet sending it as an id.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IdentityTransformationAttribute : ArgumentTransformationAttribute
{
    // Keyed by the array this attribute made, so the mark dies with the binding and never matches another value.
    private static readonly ConditionalWeakTable<string[], object> FromModuleObjects = new ConditionalWeakTable<string[], object>();
    // Keyed by a marker string made for one piped object, so it matches nothing else.
    private static readonly ConditionalWeakTable<string, ObjectWithoutIdentity> FromObjectsWithoutIdentity = new ConditionalWeakTable<string, ObjectWithoutIdentity>();
    private readonly string[] _identityProperties;

    /// <param name="identityProperties">
    /// The properties that hold a module object's identity, tried in order; also the names (the parameter's name
    /// and aliases) under which another piped object must hold it.
    /// </param>
    public IdentityTransformationAttribute(params string[] identityProperties)
    {
        _identityProperties = identityProperties;
    }

    /// <summary>
    /// A piped module object is a template (New- cmdlets have no target), so it binds by property name like
    /// any other object; the identity properties still name what an object without the identity lacks.
    /// </summary>
    public bool PipedObjectIsTemplate { get; set; }

    internal bool TakesModuleObjects => _identityProperties.Length > 0 && !PipedObjectIsTemplate;

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject ps ? ps.BaseObject : inputData;
        if (value == null)
        {
            return null;
        }
        if (value is string text)
        {
            return text.Trim();
        }
        var identity = IdentityOf(value);
        if (identity != null)
        {
            var ids = new[] { identity };
            FromModuleObjects.Add(ids, value);
            return ids;
        }
        if (_identityProperties.Length > 0 && !(value is IConvertible) && !(value is IEnumerable))
        {
            var blankProperty = BlankIdentityProperty(inputData!, out var hasValue);
            if (!hasValue)
            {
                // An object piped by value without the identity would otherwise end up bound as its text, after
                // PowerShell tried binding by property name. A blank property is refused now, as binding it by name
                // would bind a blank too; an absent one becomes a marker only when converted to the parameter's
                // type, after binding by name had its chance (a parameter of another set may take the object).
                // White space, so a path that does not look the marker up still refuses it as blank.
                var marker = new string(' ', 1);
                FromObjectsWithoutIdentity.Add(marker, new ObjectWithoutIdentity(inputData!, blankProperty ?? AnyOf(_identityProperties)));
                return blankProperty != null ? new[] { marker } : (object)new MarkerConversion(marker);
            }
        }
        if (value is IEnumerable items)
        {
            var names = new List<string>();
            foreach (var item in items)
            {
                var itemValue = item is PSObject p ? p.BaseObject : item;
                var name = itemValue as string ?? IdentityOf(itemValue);
                if (name == null)
                {
                    // Not ours to convert: PowerShell converts or refuses it.
                    return inputData;
                }
                names.Add(name.Trim());
            }
            return names.ToArray();
        }
        return inputData;
    }

    /// <summary>The module object <paramref name="boundValue"/> is the identity of, when this attribute took it from one; else null.</summary>
    internal static object? ModuleObjectOf(object? boundValue) =>
        boundValue is string[] ids && FromModuleObjects.TryGetValue(ids, out var moduleObject) ? moduleObject : null;

    /// <summary>
    /// Whether <paramref name="boundValue"/> stands for a piped object without the identity: then
    /// <paramref name="item"/> is that object and <paramref name="property"/> the property (CSV column) it needs.
    /// </summary>
    internal static bool IsObjectWithoutIdentity(string? boundValue, out object item, out string property)
    {
        ObjectWithoutIdentity? withoutIdentity = null;
        var found = boundValue != null && FromObjectsWithoutIdentity.TryGetValue(boundValue, out withoutIdentity);
        item = withoutIdentity?.Item!;
        property = withoutIdentity?.Property!;
        return found;
    }

    /// <summary>The first identity property the object has with a blank value; <paramref name="hasValue"/> if one has a value.</summary>
    private string? BlankIdentityProperty(object inputData, out bool hasValue)
    {
        var properties = PSObject.AsPSObject(inputData).Properties;
        string? blank = null;
        foreach (var name in _identityProperties)
        {
            var property = properties[name];
            if (property == null)
            {
                continue;
            }
            var propertyValue = property.Value is PSObject ps ? ps.BaseObject : property.Value;
            if (propertyValue != null && !(propertyValue is string text && string.IsNullOrWhiteSpace(text)))
            {
                hasValue = true;
                return null;
            }
            blank ??= property.Name;
        }
        hasValue = false;
        return blank;
    }

    private static string AnyOf(string[] names) => names.Length == 1
        ? names[0]
        : string.Join(", ", names, 0, names.Length - 1) + " or " + names[names.Length - 1];

    private string? IdentityOf(object? value)
    {
        if (value == null || PipedObjectIsTemplate || value.GetType().Assembly != typeof(EmChatroom).Assembly)
        {
            return null;
        }
        foreach (var name in _identityProperties)
        {
            var property = value.GetType().GetProperty(name);
            if (property != null)
            {
                return (property.GetValue(value) as string ?? string.Empty).Trim();
            }
        }
        return null;
    }

    private sealed class ObjectWithoutIdentity
    {
        public ObjectWithoutIdentity(object item, string property)
        {
            Item = item;
            Property = property;
        }

        public object Item { get; }

        /// <summary>The blank property, or the names the object could have had.</summary>
        public string Property { get; }
    }

    /// <summary>Not a string[], so binding without conversion skips it; converted (by its text), it is the marker.</summary>
    private sealed class MarkerConversion
    {
        private readonly string _marker;

        public MarkerConversion(string marker)
        {
            _marker = marker;
        }

        public override string ToString() => _marker;
    }
}
