using System;
using System.Management.Automation;
using System.Security;

namespace Easemob.PowerShell;

/// <summary>
/// Lets a password arrive as plain text (a CSV column bound by property name) and keeps it only as a
/// SecureString from then on.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecureStringTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject ps ? ps.BaseObject : inputData;
        return value is string text ? SecureStrings.From(text) : value;
    }
}
