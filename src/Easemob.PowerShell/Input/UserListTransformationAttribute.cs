using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;

namespace Easemob.PowerShell
{
    /// <summary>
    /// Accepts user names as an array or as one delimited string, so a CSV column like "u1;u2 u3" binds:
    /// each string is split on ';', ',' and white space.
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
            var names = new List<string>();
            if (value is string text)
            {
                Add(names, text);
            }
            else if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    var itemValue = item is PSObject p ? p.BaseObject : item;
                    if (itemValue != null)
                    {
                        Add(names, itemValue.ToString());
                    }
                }
            }
            else
            {
                Add(names, value.ToString());
            }
            return names.ToArray();
        }

        private static void Add(List<string> names, string text) =>
            names.AddRange(text.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
    }
}
