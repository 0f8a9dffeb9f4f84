namespace Easemob.PowerShell.Tests.Help;

/// <summary>
/// The module's help, as Get-Help shows it from the built en-US/Easemob.PowerShell.dll-Help.xml (generated
/// from src/Easemob.PowerShell/Help/*.md) and en-US/about_Easemob.PowerShell.help.txt.
/// </summary>
public class HelpTests
{
    // Collects every help problem of every exported cmdlet as one line each, so a failure names them all.
    private const string ProblemsScript = @"
$common = [System.Management.Automation.PSCmdlet]::CommonParameters
$names = @((Get-Command -Module Easemob.PowerShell -CommandType Cmdlet).Name)
if ($names.Count -eq 0) { 'no cmdlets exported' }
foreach ($name in $names) {
    $help = Get-Help $name -Full
    $synopsis = ""$($help.Synopsis)"".Trim()
    # Without help, PowerShell makes the synopsis from the syntax: it starts with the command name.
    if (-not $synopsis -or $synopsis -eq $name -or $synopsis.StartsWith($name + ' ') -or $synopsis.StartsWith($name + [Environment]::NewLine)) {
        ""${name}: synopsis missing or auto-generated: '$synopsis'""
    }
    $description = (@($help.description) | Where-Object { $_ } | ForEach-Object { $_.Text }) -join ''
    if (-not $description.Trim()) { ""${name}: no description"" }
    $examples = @($help.examples.example | Where-Object { $_ })
    if ($examples.Count -lt 2) { ""${name}: $($examples.Count) examples, need at least 2"" }
    foreach ($example in $examples) {
        if (-not ""$($example.code)"".Trim()) { ""${name}: example '$($example.title)' has no code"" }
    }
    # Syntax, types, positions, pipeline input, aliases and defaults are generated from the cmdlet, and
    # compared with Get-Command in real pwsh by tests/Pester/Help.Tests.ps1; the prose is checked here.
    $helpParameters = @($help.parameters.parameter | Where-Object { $_ })
    foreach ($parameter in (Get-Command $name).Parameters.Keys | Where-Object { $_ -notin $common }) {
        $entry = $helpParameters.Where({ $_.name -eq $parameter }, 'First')
        $text = (@($entry.description) | Where-Object { $_ } | ForEach-Object { $_.Text }) -join ''
        if (-not $text.Trim()) { ""${name}: -$parameter has no description"" }
    }
}
";

    [Fact]
    public void Every_exported_cmdlet_has_synopsis_description_examples_and_parameter_help()
    {
        using var ps = new PsHost();
        var problems = ps.Run(ProblemsScript).ThrowIfErrors().Output.Select(o => o.ToString()).ToList();
        Assert.True(problems.Count == 0, "Help problems:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_cmdlet_of_the_manifest_is_exported_and_covered()
    {
        using var ps = new PsHost();
        var names = ps.Run("(Get-Command -Module Easemob.PowerShell -CommandType Cmdlet).Name").ThrowIfErrors().Output.Select(o => o.ToString()).ToList();
        var manifestText = File.ReadAllText(ModulePaths.Manifest);
        var list = System.Text.RegularExpressions.Regex.Match(manifestText, @"CmdletsToExport\s*=\s*@\(([^)]*)\)").Groups[1].Value;
        var manifest = System.Text.RegularExpressions.Regex.Matches(list, "'([^']+)'").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(manifest.OrderBy(n => n), names.OrderBy(n => n));
        Assert.Equal(96, names.Count);
    }

    [Fact]
    public void Get_Help_Full_shows_synopsis_syntax_description_parameters_and_examples()
    {
        using var ps = new PsHost();
        var text = ps.Render("Get-Help Get-EmChatroom -Full");
        Assert.Contains("Gets chatrooms: every chatroom of the app", text);
        Assert.Contains("SYNTAX", text);
        Assert.Contains("Get-EmChatroom [-Id] <string[]> [-Session <EmSession>]", text);
        Assert.Contains("-PageSize", text);
        Assert.Contains("How many chatrooms one listing request asks for", text);
        Assert.Contains("-Session", text);
        Assert.Contains("Example 1: List every chatroom of the app", text);
        Assert.Contains("Get-Content ids.txt | Get-EmChatroom", text);
        Assert.Contains("262144000000000001", text);
    }

    [Fact]
    public void Get_Help_Full_of_a_cmdlet_without_parameters_lists_the_common_parameters()
    {
        using var ps = new PsHost();
        var text = ps.Render("Get-Help Get-EmSession -Full");
        Assert.Contains("Gets the runspace's default Easemob session", text);
        Assert.Contains("Example 1: Show the current session", text);
        Assert.Matches(@"PARAMETERS\s+<CommonParameters>\s+This cmdlet supports the common parameters", text);
        // An empty parameter list made Get-Help dump the raw help object ("parameters    : ", "@{...}").
        Assert.DoesNotMatch(@"(?m)^parameters\s+:", text);
        Assert.DoesNotContain("@{", text);
    }

    [Fact]
    public void Get_Help_Parameter_shows_the_real_default()
    {
        using var ps = new PsHost();
        var text = ps.Render("Get-Help New-EmChatroom -Parameter ThrottleLimit");
        Assert.Matches(@"Default value\s+50", text);
    }

    [Fact]
    public void Get_Help_Parameter_describes_a_base_class_parameter()
    {
        using var ps = new PsHost();
        var text = ps.Render("Get-Help New-EmChatroom -Parameter ThrottleLimit");
        Assert.Contains("in flight", text);
    }

    [Fact]
    public void About_topic_is_found()
    {
        using var ps = new PsHost();
        var text = ps.Render("Get-Help about_Easemob.PowerShell");
        Assert.Contains("about_Easemob.PowerShell", text);
        Assert.Contains("SHORT DESCRIPTION", text);
        Assert.Contains("Connect-EmApp", text);
        Assert.Contains("Easemob.", text);
    }
}
