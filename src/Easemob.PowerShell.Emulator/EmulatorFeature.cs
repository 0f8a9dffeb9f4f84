namespace Easemob.PowerShell.Emulator
{
    /// <summary>The features the vendor enables per app on request; <see cref="EmulatorOptions.DisabledFeatures"/> turns them off.</summary>
    public enum EmulatorFeature
    {
        /// <summary>Recalling sent messages (messages/msg_recall, messages/batch_recall).</summary>
        MessageRecall,
        /// <summary>Modifying sent text and custom messages (messages/rewrite).</summary>
        MessageRewrite,
    }
}
