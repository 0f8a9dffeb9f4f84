using System.Text.RegularExpressions;

namespace Easemob.PowerShell.Emulator.State
{
    /// <summary>The service's user name rules: 1 to 64 of [a-zA-Z0-9_.-], stored and looked up in lower case.</summary>
    internal static class UsernameRules
    {
        private static readonly Regex Legal = new Regex("^[a-zA-Z0-9_.-]{1,64}$", RegexOptions.CultureInvariant);

        public static bool IsLegal(string username) => Legal.IsMatch(username);

        public static string Normalize(string username) => username.ToLowerInvariant();
    }
}
