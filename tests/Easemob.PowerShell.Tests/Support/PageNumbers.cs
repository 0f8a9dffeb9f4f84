namespace Easemob.PowerShell.Tests.Support;

/// <summary>Reads the page number a numbered-paging request asked for.</summary>
public static class PageNumbers
{
    /// <summary>The value of <paramref name="name"/> in a raw query such as "pagenum=2&amp;pagesize=50".</summary>
    public static int Of(string query, string name) =>
        query.Split('&').Select(pair => pair.Split('=', 2)).Where(pair => pair[0] == name).Select(pair => int.Parse(pair[1])).Single();
}
