using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using Easemob.PowerShell.Model;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Binds chatroom ids or user names, trimmed of surrounding white space. With identity properties, a
    /// module object (EmChatroom, EmChatroomMember, EmUser, EmGlobalMute) binds by value as its identity,
    /// and the binding is remembered: the cmdlet then knows the item's other properties merely came along
    /// and are not "given" (<see cref="EmApiCmdlet.IsGiven"/>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class IdentityTransformationAttribute : ArgumentTransformationAttribute
    {
        // Keyed by the array this attribute made, so the mark dies with the binding and never matches another value.
        private static readonly ConditionalWeakTable<string[], object> FromModuleObjects = new ConditionalWeakTable<string[], object>();
        private readonly string[] _identityProperties;

        /// <param name="identityProperties">The properties that hold a module object's identity, tried in order.</param>
        public IdentityTransformationAttribute(params string[] identityProperties)
        {
            _identityProperties = identityProperties;
        }

        internal bool TakesModuleObjects => _identityProperties.Length > 0;

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

        /// <summary>Whether <paramref name="boundValue"/> is an identity this attribute took from a module object.</summary>
        internal static bool CameFromModuleObject(object? boundValue) =>
            boundValue is string[] ids && FromModuleObjects.TryGetValue(ids, out _);

        private string? IdentityOf(object? value)
        {
            if (value == null || value.GetType().Assembly != typeof(EmChatroom).Assembly)
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
    }
}
