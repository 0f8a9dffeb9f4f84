<#
.SYNOPSIS
    Writes the module's MAML help: syntax and parameter metadata from the cmdlets, prose from Help/*.md.
.DESCRIPTION
    Run by the BuildModuleHelp target (HelpBuild.targets) in the pinned pwsh after the module is laid out.
    It imports the built module in this process and reads, for every exported cmdlet, what Get-Command
    reports (parameter sets, types, positions, mandatory, pipeline binding, aliases, wildcards) and the
    default of every parameter (its value on a new cmdlet object), so help cannot drift from the cmdlet.
    Only the prose comes from <Verb-Noun>.md (format: Help/README.md). platyPS does the same from
    Get-Command, but is not installable here (nothing from the PowerShell Gallery).

    A problem in the prose is an MSBuild error (file(line): error EMHELP: ...) when it is surely wrong
    (a page for no cmdlet, a heading for no parameter), and a warning when the help is only incomplete
    (no page, a parameter without text): the tests fail on those, the build still lays out the module.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $HelpSource,
    [Parameter(Mandatory)] [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
# Full paths: Import-Module takes a bare relative path for a module name.
$ModuleManifest, $HelpSource, $OutputPath = $ModuleManifest, $HelpSource, $OutputPath | ForEach-Object { [System.IO.Path]::GetFullPath($_) }

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'
# -Verbose, -ErrorAction ...: PowerShell adds them to every cmdlet's help as <CommonParameters>.
# -WhatIf and -Confirm are listed like any other parameter, as Get-Command -Syntax and built-in help do.
$commonParameters = [System.Management.Automation.Cmdlet]::CommonParameters
$standardText = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run: no write request is sent.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}
$script:errorCount = 0

function Write-Problem([string] $Path, [int] $Line, [string] $Message, [switch] $Warning) {
    # The canonical form MSBuild's Exec task turns into a build error or warning naming the file.
    $kind = if ($Warning) { 'warning' } else { $script:errorCount++; 'error' }
    [Console]::Out.WriteLine("${Path}(${Line}): $kind EMHELP: $Message")
}

function Read-HelpPage([string] $Path) {
    # The page's headings: '# Name', '## SECTION' and '### Subsection', each with its lines (fences kept).
    $page = @{ Name = $null; Sections = [ordered]@{}; Path = $Path }
    $section = $null
    $sub = $null
    $inFence = $false
    $number = 0
    foreach ($raw in [System.IO.File]::ReadAllLines($Path)) {
        $number++
        $line = $raw.TrimEnd()
        $fence = $line.StartsWith('```')
        if ($fence) { $inFence = -not $inFence }
        elseif (-not $inFence) {
            if ($line.StartsWith('# ')) { $page.Name = $line.Substring(2).Trim(); $section = $null; $sub = $null; continue }
            if ($line.StartsWith('## ')) {
                $section = @{ Title = $line.Substring(3).Trim(); Line = $number; Lines = [System.Collections.Generic.List[string]]::new(); Subsections = [System.Collections.Generic.List[object]]::new() }
                $page.Sections[$section.Title.ToUpperInvariant()] = $section
                $sub = $null
                continue
            }
            if ($line.StartsWith('### ') -and $section) {
                $sub = @{ Title = $line.Substring(4).Trim(); Line = $number; Lines = [System.Collections.Generic.List[string]]::new() }
                $section.Subsections.Add($sub)
                continue
            }
        }
        if ($sub) { $sub.Lines.Add($line) } elseif ($section) { $section.Lines.Add($line) }
    }
    $page
}

function Split-Fence([string[]] $Lines) {
    # The lines outside ``` fences (Prose) and the fenced blocks by their info string (Blocks).
    $prose = [System.Collections.Generic.List[string]]::new()
    $blocks = [System.Collections.Generic.List[object]]::new()
    $current = $null
    foreach ($line in $Lines) {
        if ($line.StartsWith('```')) {
            if ($null -eq $current) { $current = @{ Kind = $line.Substring(3).Trim().ToLowerInvariant(); Lines = [System.Collections.Generic.List[string]]::new() } }
            else { $blocks.Add($current); $current = $null }
            continue
        }
        if ($null -ne $current) { $current.Lines.Add($line) } else { $prose.Add($line) }
    }
    @{ Prose = $prose; Blocks = $blocks }
}

function Get-Paragraph([string[]] $Lines) {
    # Runs of non-blank lines joined by spaces; a line starting with '- ' starts a paragraph of its own.
    $current = [System.Collections.Generic.List[string]]::new()
    foreach ($raw in @($Lines) + '') {
        $line = "$raw".Trim()
        if ($line.Length -eq 0 -or $line.StartsWith('- ')) {
            if ($current.Count -gt 0) { $current -join ' '; $current.Clear() }
        }
        if ($line.Length -gt 0) { $current.Add($line) }
    }
}

function Add-Element($Parent, [string] $Namespace, [string] $Name, [string] $Text) {
    $element = $Parent.OwnerDocument.CreateElement($(if ($Namespace -eq $maml) { 'maml' } elseif ($Namespace -eq $dev) { 'dev' } else { 'command' }), $Name, $Namespace)
    if ($PSBoundParameters.ContainsKey('Text')) { $null = $element.AppendChild($Parent.OwnerDocument.CreateTextNode($Text)) }
    $null = $Parent.AppendChild($element)
    $element
}

function Add-Description($Parent, [string[]] $Lines) {
    $description = Add-Element $Parent $maml 'description'
    foreach ($para in Get-Paragraph $Lines) { $null = Add-Element $description $maml 'para' $para }
}

function Get-ParameterDefault($Instance, [System.Management.Automation.ParameterMetadata] $Parameter) {
    # What the cmdlet uses when the parameter is not given: the property's value on a new cmdlet object.
    for ($type = $Instance.GetType(); $type; $type = $type.BaseType) {
        $property = $type.GetProperty($Parameter.Name, [System.Reflection.BindingFlags]'Public, Instance, DeclaredOnly')
        if ($property) { break }
    }
    # -WhatIf and -Confirm are the engine's, not properties of the cmdlet: off unless given.
    $value = if ($property) { $property.GetValue($Instance) } elseif ($Parameter.SwitchParameter) { $false } else { $null }
    if ($value -is [System.Management.Automation.SwitchParameter]) { $value = $value.IsPresent }
    $text = if ($value -is [System.Collections.IEnumerable] -and $value -isnot [string]) {
        @($value | ForEach-Object { [System.Convert]::ToString($_, [cultureinfo]::InvariantCulture) }) -join ', '
    }
    else { [System.Convert]::ToString($value, [cultureinfo]::InvariantCulture) }
    if ($text) { $text } else { 'None' }
}

function Get-PipelineInput($SetParameter) {
    $ways = @(if ($SetParameter.ValueFromPipeline) { 'ByValue' }; if ($SetParameter.ValueFromPipelineByPropertyName) { 'ByPropertyName' })
    if ($ways) { "True ($($ways -join ', '))" } else { 'False' }
}

function Join-PerSet($Values) {
    # One value when every parameter set agrees, else 'value (Set), value (Set)' as platyPS writes it.
    $distinct = @($Values | ForEach-Object { $_.Value } | Select-Object -Unique)
    if ($distinct.Count -eq 1) { return $distinct[0] }
    ($Values | ForEach-Object { "$($_.Value) ($($_.Set))" }) -join ', '
}

function Get-TypeDisplayName([System.Management.Automation.CommandParameterSetInfo] $Set, [string] $Name) {
    # The type exactly as Get-Command -Syntax writes it ('string[]', 'timespan', 'EmSession').
    $match = [regex]::Match($Set.ToString(), "(?<![\w-])-$([regex]::Escape($Name))\]? <(?<type>[^>]+)>")
    if ($match.Success) { $match.Groups['type'].Value } else { $null }
}

function Add-ParameterElement($Parent, [string] $Name, [hashtable] $Facts, [string[]] $Description) {
    $element = Add-Element $Parent $command 'parameter'
    foreach ($attribute in 'required', 'variableLength', 'globbing', 'pipelineInput', 'position', 'aliases') {
        $element.SetAttribute($attribute, $Facts[$attribute])
    }
    $null = Add-Element $element $maml 'name' $Name
    if ($null -ne $Description) { Add-Description $element $Description }
    if ($Facts.DisplayType) {
        $value = Add-Element $element $command 'parameterValue' $Facts.DisplayType
        $value.SetAttribute('required', 'true')
        $value.SetAttribute('variableLength', 'false')
    }
    if ($null -ne $Description) {
        $type = Add-Element $element $dev 'type'
        $null = Add-Element $type $maml 'name' $Facts.TypeName
        $null = Add-Element $element $dev 'defaultValue' $Facts.Default
    }
}

function Get-DisplayOrder([System.Management.Automation.CommandParameterSetInfo] $Set) {
    # Get-Command -Syntax's order: positional by position, then named mandatory, then the other named.
    $own = @($Set.Parameters | Where-Object { $_.Name -notin $commonParameters })
    @($own | Where-Object { $_.Position -ge 0 } | Sort-Object Position) +
    @($own | Where-Object { $_.Position -lt 0 -and $_.IsMandatory }) +
    @($own | Where-Object { $_.Position -lt 0 -and -not $_.IsMandatory })
}

function ConvertTo-CommandHelp($Document, [System.Management.Automation.CmdletInfo] $Cmdlet, $Page) {
    $name = $Cmdlet.Name
    $path = if ($Page) { $Page.Path } else { [System.IO.Path]::Combine($HelpSource, "$name.md") }
    $sections = if ($Page) { $Page.Sections } else { @{} }
    $element = Add-Element $Document.DocumentElement $command 'command'

    $details = Add-Element $element $command 'details'
    $null = Add-Element $details $command 'name' $name
    $null = Add-Element $details $command 'verb' $Cmdlet.Verb
    $null = Add-Element $details $command 'noun' $Cmdlet.Noun
    $synopsis = if ($sections['SYNOPSIS']) { @($sections['SYNOPSIS'].Lines) } else { @() }
    $description = if ($sections['DESCRIPTION']) { @($sections['DESCRIPTION'].Lines) } else { @() }
    if (-not $Page) { Write-Problem $path 1 "$name has no help page: write $name.md (format: Help/README.md)." -Warning }
    elseif (-not (Get-Paragraph $synopsis) -or -not (Get-Paragraph $description)) { Write-Problem $path 1 "$name needs a non-empty SYNOPSIS and DESCRIPTION." }
    Add-Description $details $synopsis
    Add-Description $element $description
    if ($sections['SYNTAX']) { Write-Problem $path $sections['SYNTAX'].Line '## SYNTAX is generated from the cmdlet: this section is ignored, remove it.' -Warning }

    # Prose per parameter, by name.
    $prose = [ordered]@{}
    if ($sections['PARAMETERS']) {
        foreach ($sub in $sections['PARAMETERS'].Subsections) {
            $parts = Split-Fence $sub.Lines
            $parameterName = $sub.Title.TrimStart('-').Trim()
            if (-not $sub.Title.StartsWith('-') -or -not $Cmdlet.Parameters.ContainsKey($parameterName) -or $parameterName -in $commonParameters) {
                Write-Problem $path $sub.Line "$name has no parameter '$($sub.Title)': a parameter heading is '### -Name' of one of its parameters."
                continue
            }
            if ($parts.Blocks | Where-Object Kind -eq 'yaml') { Write-Problem $path $sub.Line "the metadata block of $($sub.Title) is generated from the cmdlet: it is ignored, remove it." -Warning }
            $prose[$Cmdlet.Parameters[$parameterName].Name] = @($parts.Prose)
        }
    }

    # What each parameter is, from the cmdlet; per parameter set where the sets differ.
    $instance = [Activator]::CreateInstance($Cmdlet.ImplementingType)
    $sets = @($Cmdlet.ParameterSets | Sort-Object { -not $_.IsDefault })
    $facts = @{}
    foreach ($parameter in $Cmdlet.Parameters.Values | Where-Object { $_.Name -notin $commonParameters }) {
        $inSets = @(foreach ($set in $sets) { foreach ($p in $set.Parameters) { if ($p.Name -eq $parameter.Name) { @{ Set = $set.Name; Info = $p; SetInfo = $set } } } })
        $isSwitch = $parameter.SwitchParameter
        $facts[$parameter.Name] = @{
            required       = Join-PerSet @($inSets | ForEach-Object { @{ Set = $_.Set; Value = "$($_.Info.IsMandatory)".ToLowerInvariant() } })
            position       = Join-PerSet @($inSets | ForEach-Object { @{ Set = $_.Set; Value = $(if ($_.Info.Position -ge 0) { "$($_.Info.Position)" } else { 'named' }) } })
            pipelineInput  = Join-PerSet @($inSets | ForEach-Object { @{ Set = $_.Set; Value = Get-PipelineInput $_.Info } })
            globbing       = "$([bool]@($parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }))".ToLowerInvariant()
            variableLength = "$($parameter.ParameterType.IsArray)".ToLowerInvariant()
            aliases        = $(if ($parameter.Aliases.Count) { $parameter.Aliases -join ', ' } else { 'None' })
            DisplayType    = $(if ($isSwitch) { $null } else { Get-TypeDisplayName $inSets[0].SetInfo $parameter.Name })
            TypeName       = $parameter.ParameterType.FullName
            Default        = Get-ParameterDefault $instance $parameter
        }
    }

    $syntax = Add-Element $element $command 'syntax'
    foreach ($set in $sets) {
        $item = Add-Element $syntax $command 'syntaxItem'
        $null = Add-Element $item $maml 'name' $name
        foreach ($p in Get-DisplayOrder $set) {
            $setFacts = $facts[$p.Name].Clone()
            $setFacts.required = "$($p.IsMandatory)".ToLowerInvariant()
            $setFacts.position = if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' }
            $setFacts.pipelineInput = Get-PipelineInput $p
            Add-ParameterElement $item $p.Name $setFacts $null
        }
    }

    # Every parameter: the page's order first, then any it does not describe (-WhatIf, -Confirm, new ones).
    $parameters = Add-Element $element $command 'parameters'
    $declared = @($Cmdlet.Parameters.Keys)
    $ordered = @($prose.Keys) + @($facts.Keys | Where-Object { -not $prose.Contains($_) } | Sort-Object { [array]::IndexOf($declared, $_) })
    foreach ($parameterName in $ordered) {
        $text = if ($prose.Contains($parameterName)) { $prose[$parameterName] } elseif ($standardText[$parameterName]) { @($standardText[$parameterName]) } else { @() }
        if (-not (Get-Paragraph $text)) { Write-Problem $path 1 "${name}: -$parameterName has no description: add '### -$parameterName' under '## PARAMETERS'." -Warning }
        Add-ParameterElement $parameters $parameterName $facts[$parameterName] $text
    }

    foreach ($list in @(@('INPUTS', 'inputTypes', 'inputType'), @('OUTPUTS', 'returnValues', 'returnValue'))) {
        if (-not $sections[$list[0]] -or $sections[$list[0]].Subsections.Count -eq 0) { continue }
        $types = Add-Element $element $command $list[1]
        foreach ($sub in $sections[$list[0]].Subsections) {
            $entry = Add-Element $types $command $list[2]
            $type = Add-Element $entry $dev 'type'
            $null = Add-Element $type $maml 'name' $sub.Title
            Add-Description $entry $sub.Lines
        }
    }

    if ($sections['NOTES'] -and (Get-Paragraph $sections['NOTES'].Lines)) {
        $alert = Add-Element (Add-Element $element $maml 'alertSet') $maml 'alert'
        foreach ($para in Get-Paragraph $sections['NOTES'].Lines) { $null = Add-Element $alert $maml 'para' $para }
    }

    $examples = Add-Element $element $command 'examples'
    if ($sections['EXAMPLES']) {
        foreach ($sub in $sections['EXAMPLES'].Subsections) {
            $parts = Split-Fence $sub.Lines
            $code = @($parts.Blocks | Where-Object Kind -ne 'output' | ForEach-Object { $_.Lines })
            $output = @($parts.Blocks | Where-Object Kind -eq 'output' | ForEach-Object { $_.Lines })
            if (-not $code) { Write-Problem $path $sub.Line "${name}: example '$($sub.Title)' has no ``````powershell code block."; continue }
            $example = Add-Element $examples $command 'example'
            $null = Add-Element $example $maml 'title' "---------- $($sub.Title) ----------"
            $null = Add-Element $example $dev 'code' ($code -join "`n")
            $remarks = Add-Element $example $dev 'remarks'
            foreach ($para in Get-Paragraph $parts.Prose) { $null = Add-Element $remarks $maml 'para' $para }
            if ($output) { $null = Add-Element $remarks $maml 'para' ($output -join "`n") }
        }
    }
}

$module = Import-Module $ModuleManifest -Force -PassThru
$cmdlets = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)
$pages = @{}
foreach ($file in [System.IO.Directory]::GetFiles($HelpSource, '*-*.md') | Sort-Object) {
    $page = Read-HelpPage $file
    $expected = [System.IO.Path]::GetFileNameWithoutExtension($file)
    if ($page.Name -ne $expected) { Write-Problem $file 1 "the first heading must be '# $expected', the file's name."; continue }
    if ($expected -notin $cmdlets.Name) { Write-Problem $file 1 "$expected is not a cmdlet the module exports: rename or remove the page."; continue }
    $pages[$expected] = $page
}

$document = [System.Xml.XmlDocument]::new()
$null = $document.AppendChild($document.CreateXmlDeclaration('1.0', 'utf-8', $null))
$root = $document.CreateElement('helpItems', 'http://msh')
$root.SetAttribute('schema', 'maml')
foreach ($prefix in @(@('maml', $maml), @('command', $command), @('dev', $dev))) { $root.SetAttribute("xmlns:$($prefix[0])", $prefix[1]) }
$null = $document.AppendChild($root)
foreach ($cmdlet in $cmdlets) { ConvertTo-CommandHelp $document $cmdlet $pages[$cmdlet.Name] }
if ($script:errorCount -gt 0) { exit 1 }

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false); NewLineChars = "`n" }
$text = [System.IO.StringWriter]::new()
$writer = [System.Xml.XmlWriter]::Create($text, $settings)
$document.Save($writer)
$writer.Dispose()
$xml = $text.ToString() -replace '^<\?xml version="1.0" encoding="utf-16"\?>', '<?xml version="1.0" encoding="utf-8"?>'
$null = [System.IO.Directory]::CreateDirectory([System.IO.Path]::GetDirectoryName([System.IO.Path]::GetFullPath($OutputPath)))
[System.IO.File]::WriteAllText($OutputPath, $xml + "`n", [System.Text.UTF8Encoding]::new($false))
