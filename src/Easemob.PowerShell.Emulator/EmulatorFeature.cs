namespace Easemob.PowerShell.Emulator;

/// <summary>The features the vendor enables per app on request; <see cref="EmulatorOptions.DisabledFeatures"/> turns them off.</summary>
public enum EmulatorFeature
{
    /// <summary>Recalling sent messages (messages/msg_recall, messages/batch_recall).</summary>
    MessageRecall,
    /// <summary>Modifying sent text and custom messages (messages/rewrite).</summary>
    MessageRewrite,
    /// <summary>Broadcasting to every active chatroom (messages/chatrooms/broadcast); off by default at the vendor.</summary>
    ChatroomBroadcast,
    /// <summary>Broadcasting to every user or every online user (messages/broadcast, messages/users/broadcast).</summary>
    Broadcast,
}
