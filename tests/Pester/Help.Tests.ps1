#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    The help users read: Get-Help -Full in this real pwsh, compared with what Get-Command reports, for
    every cmdlet the built module exports (a new cmdlet is covered without changing this file).
#>

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    Import-Module $ModuleManifest -Force
    $cmdlets = @(Get-Command -Module Easemob.PowerShell -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    Import-Module $ModuleManifest -Force
    # -Verbose, -ErrorAction ...; -WhatIf and -Confirm are documented like the cmdlet's own parameters.
    $common = [System.Management.Automation.Cmdlet]::CommonParameters

    function Get-Text($Paragraphs) { (@($Paragraphs) | Where-Object { $_ } | ForEach-Object { $_.Text }) -join "`n" }

    function Get-PerSet([object[]] $Pairs) {
        # A fact as help states it: one value when every parameter set agrees, else 'value (Set), ...'.
        if (@($Pairs | ForEach-Object { $_[1] } | Select-Object -Unique).Count -eq 1) { return $Pairs[0][1] }
        ($Pairs | ForEach-Object { "$($_[1]) ($($_[0]))" }) -join ', '
    }

    function Get-Expected([System.Management.Automation.CmdletInfo] $Command, [string] $Parameter) {
        # What Get-Help must say about -$Parameter, from Get-Command and a new cmdlet object.
        $metadata = $Command.Parameters[$Parameter]
        $inSets = @($Command.ParameterSets | Sort-Object { -not $_.IsDefault } | ForEach-Object {
                $set = $_
                $set.Parameters | Where-Object Name -eq $Parameter | ForEach-Object { , @($set.Name, $_) }
            })
        $fresh = [Activator]::CreateInstance($Command.ImplementingType)
        # -WhatIf and -Confirm are the engine's, not properties: switches, so off unless given.
        $property = $fresh.GetType().GetProperties() | Where-Object Name -eq $Parameter | Select-Object -First 1
        $value = if ($property) { $property.GetValue($fresh) } elseif ($metadata.SwitchParameter) { $false }
        if ($value -is [switch]) { $value = $value.IsPresent }
        $default = @($value | ForEach-Object { [System.Convert]::ToString($_, [cultureinfo]::InvariantCulture) }) -join ', '
        [ordered]@{
            required      = Get-PerSet @($inSets | ForEach-Object { , @($_[0], "$($_[1].IsMandatory)".ToLowerInvariant()) })
            position      = Get-PerSet @($inSets | ForEach-Object { , @($_[0], $(if ($_[1].Position -ge 0) { "$($_[1].Position)" } else { 'named' })) })
            pipelineInput = Get-PerSet @($inSets | ForEach-Object {
                    $ways = @(if ($_[1].ValueFromPipeline) { 'ByValue' }; if ($_[1].ValueFromPipelineByPropertyName) { 'ByPropertyName' })
                    , @($_[0], $(if ($ways) { "True ($($ways -join ', '))" } else { 'False' }))
                })
            aliases       = $(if ($metadata.Aliases.Count) { $metadata.Aliases -join ', ' } else { 'None' })
            globbing      = "$([bool]($metadata.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }))".ToLowerInvariant()
            type          = $metadata.ParameterType.FullName
            defaultValue  = $(if ($default) { $default } else { 'None' })
        }
    }
}

Describe 'Get-Help <Name> -Full' -ForEach $cmdlets {
    BeforeAll {
        $command = Get-Command $Name
        $help = Get-Help $Name -Full
        $own = @($command.Parameters.Keys | Where-Object { $_ -notin $common })
        $documented = @($help.parameters.parameter | Where-Object { $_ })
    }

    It 'has a synopsis and a description of its own' {
        "$($help.Synopsis)".Trim() | Should -Not -BeNullOrEmpty
        # Without help, PowerShell makes the synopsis from the syntax.
        "$($help.Synopsis)" | Should -Not -BeLike "$Name*"
        Get-Text $help.description | Should -Not -BeNullOrEmpty
    }

    It 'lists every parameter once, each with a description' {
        @($documented.name | Sort-Object) | Should -Be @($own | Sort-Object)
        foreach ($parameter in $documented) {
            Get-Text $parameter.description | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'states each parameter as Get-Command has it: type, required, position, pipeline input, aliases, wildcards, default' {
        foreach ($parameter in $own) {
            $expected = Get-Expected $command $parameter
            $entry = $documented | Where-Object name -eq $parameter
            $actual = [ordered]@{}
            foreach ($key in @($expected.Keys)) { $actual[$key] = if ($key -eq 'type') { "$($entry.type.name)" } else { "$($entry.$key)" } }
            ($actual | ConvertTo-Json -Compress) | Should -Be ($expected | ConvertTo-Json -Compress) -Because "of -$parameter"
        }
    }

    It 'shows the SYNTAX Get-Command -Syntax shows, one line per parameter set' {
        $lines = { param($text) @($text -split '\r?\n' | ForEach-Object { ($_ -replace '\s+', ' ').Trim() } | Where-Object { $_ }) }
        $helpSyntax = & $lines ($help.syntax | Out-String -Width 10000)
        $commandSyntax = & $lines (Get-Command $Name -Syntax | Out-String -Width 10000)
        $helpSyntax.Count | Should -Be @($command.ParameterSets).Count
        $helpSyntax | Should -Be $commandSyntax
    }

    It 'lists <CommonParameters> under PARAMETERS' {
        $text = Get-Help $Name -Full | Out-String -Width 200
        $parametersSection = [regex]::Match($text, '(?s)\nPARAMETERS\r?\n(.*?)\r?\n(INPUTS|OUTPUTS|NOTES)').Groups[1].Value
        $parametersSection | Should -Match '<CommonParameters>'
        $parametersSection | Should -Match 'This cmdlet supports the common parameters'
    }

    It 'writes dates in its examples as the views do (2026-12-06 00:43Z or 2026-12-06 00:43:00Z)' {
        $text = @($help.examples.example | ForEach-Object { $_.code; Get-Text $_.remarks }) -join "`n"
        $text | Should -Not -Match '\b\d{1,2}/\d{1,2}/\d{4}\b' -Because 'a culture-specific date is not what a view writes'
        foreach ($date in [regex]::Matches($text, "(?<![\[\w'])\d{4}-\d\d-\d\d[ T]\d\d:\d\d\S*")) {
            $date.Value | Should -Match '^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?Z' -Because 'the views write UTC as yyyy-MM-dd HH:mm[:ss]Z'
        }
    }
}

Describe 'Build-ModuleHelp.ps1, the help generator' {
    BeforeAll {
        $generator = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../src/Easemob.PowerShell/Help/Build-ModuleHelp.ps1'))
        $pages = Split-Path $generator
        function Invoke-Generator([string] $Source, [string] $Output) {
            Invoke-RealPwsh "& '$generator' -ModuleManifest '$ModuleManifest' -HelpSource '$Source' -OutputPath '$Output'; exit `$LASTEXITCODE"
        }
        function Copy-Page([string] $Folder) {
            $null = New-Item -ItemType Directory $Folder
            Copy-Item (Join-Path $pages '*-*.md') $Folder
        }
    }

    It 'takes the metadata from the cmdlet: a page in the platyPS layout is ignored with a warning, a cmdlet without page still gets its syntax' {
        $source = Join-Path $TestDrive 'platyps'
        Copy-Page $source
        # Hand-written syntax and metadata that contradict the cmdlet, as an older page may carry them.
        Add-Content (Join-Path $source 'Add-EmChatroomMute.md') "`n## SYNTAX`n### All`n``````powershell`nAdd-EmChatroomMute [-Id] <string> -Bogus <int>`n```````n"
        (Get-Content -Raw (Join-Path $source 'Add-EmChatroomMember.md')) -replace '(?m)^(### -Id\r?\n)', "`$1``````yaml`nType: string`nPosition: 3`n```````n" |
            Set-Content (Join-Path $source 'Add-EmChatroomMember.md')
        Remove-Item (Join-Path $source 'Get-EmSession.md')

        $output = Invoke-Generator $source (Join-Path $TestDrive 'platyps.xml')

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        ($output -join "`n") | Should -Match 'Add-EmChatroomMute.md\(\d+\): warning EMHELP: ## SYNTAX is generated from the cmdlet: this section is ignored'
        ($output -join "`n") | Should -Match 'Add-EmChatroomMember.md\(\d+\): warning EMHELP: the metadata block of -Id'
        ($output -join "`n") | Should -Match 'Get-EmSession.md\(1\): warning EMHELP: Get-EmSession has no help page'
        [xml] $maml = Get-Content -Raw (Join-Path $TestDrive 'platyps.xml')
        # By LocalName: helpItems.command would also hold the xmlns:command attribute.
        $commands = @($maml.DocumentElement.ChildNodes | Where-Object LocalName -eq 'command')
        $commands.Count | Should -Be @(Get-Command -Module Easemob.PowerShell -CommandType Cmdlet).Count
        $mute = $commands | Where-Object { $_.details.name -eq 'Add-EmChatroomMute' }
        @($mute.syntax.syntaxItem).Count | Should -Be 2
        @($mute.syntax.syntaxItem.parameter.name) | Should -Not -Contain 'Bogus'
        ($mute.parameters.parameter | Where-Object { $_.name -eq 'Id' }).parameterValue.'#text' | Should -Be 'string[]'
        $id = ($commands | Where-Object { $_.details.name -eq 'Add-EmChatroomMember' }).parameters.parameter | Where-Object { $_.name -eq 'Id' }
        $id.position | Should -Be '0'
        $id.description.para | Should -Not -BeNullOrEmpty
        ($commands | Where-Object { $_.details.name -eq 'Get-EmSession' }).syntax.syntaxItem.name | Should -Be 'Get-EmSession'
    }

    It 'fails the build naming the page and line of a heading for no parameter of the cmdlet' {
        $source = Join-Path $TestDrive 'renamed'
        Copy-Page $source
        (Get-Content -Raw (Join-Path $source 'Set-EmChatroomAttribute.md')) -replace '(?m)^## EXAMPLES', "### -Overwrite`nA parameter renamed since.`n`n## EXAMPLES" |
            Set-Content (Join-Path $source 'Set-EmChatroomAttribute.md')

        $output = Invoke-Generator $source (Join-Path $TestDrive 'renamed.xml')

        $LASTEXITCODE | Should -Be 1
        ($output -join "`n") | Should -Match "Set-EmChatroomAttribute\.md\(\d+\): error EMHELP: Set-EmChatroomAttribute has no parameter '-Overwrite'"
        Join-Path $TestDrive 'renamed.xml' | Should -Not -Exist
    }
}
