using System;
using System.Collections.Generic;

namespace Easemob.PowerShell.Emulator.State;

/// <summary>A user's mutable state inside the store; only touched under the store's lock.</summary>
internal sealed class UserRecord
{
    public UserRecord(UserEntity entity, string? password, long sequence)
    {
        Entity = entity;
        Password = password;
        Sequence = sequence;
    }

    public UserEntity Entity { get; }

    public string? Password { get; set; }

    /// <summary>False once banned (deactivated).</summary>
    public bool Activated { get; set; } = true;

    /// <summary>The devices the user is online on, oldest login first.</summary>
    public List<EmulatorDevice> Devices { get; } = new List<EmulatorDevice>();

    /// <summary>Registration order.</summary>
    public long Sequence { get; }
}
