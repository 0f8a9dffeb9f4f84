namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>Lengths as the service counts them: characters (Unicode code points), so an emoji counts once.</summary>
    internal static class TextLength
    {
        public static int CodePoints(string text)
        {
            var count = text.Length;
            foreach (var c in text)
            {
                if (char.IsLowSurrogate(c))
                {
                    count--;
                }
            }

            return count;
        }
    }
}
