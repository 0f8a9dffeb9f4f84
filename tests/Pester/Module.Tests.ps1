#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    Smoke test of what users load: the built module imported by a separate pwsh process (not an engine
    hosted in a test runner), its cmdlets, views and help.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    $manifest = Import-PowerShellDataFile $ModuleManifest
}

Describe 'The built module in a separate pwsh' {
    It 'imports without a warning or error and exports exactly the cmdlets of its manifest' {
        $output = Invoke-RealPwsh "`$WarningPreference = 'Stop'; Import-Module '$ModuleManifest' -ErrorAction Stop; (Get-Command -Module Easemob.PowerShell).Name | Sort-Object"

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'runs a first session on the emulator and shows the table view' {
        $output = Invoke-RealPwsh @"
Import-Module '$ModuleManifest' -ErrorAction Stop
Start-EmEmulator -User alice, bob | Connect-EmApp
New-EmChatroom -Name lobby -Owner alice -Members bob | Out-Null
Get-EmChatroom | Out-String -Width 80
Stop-EmEmulator
"@

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $text = $output -join "`n"
        $text | Should -Match 'Id\s+Name\s+Owner'
        $text | Should -Match 'lobby\s+alice'
    }

    It 'shows compiled help with examples' {
        $output = Invoke-RealPwsh "Import-Module '$ModuleManifest'; Get-Help Save-EmEmulatorState -Examples | Out-String -Width 200"

        ($output -join "`n") | Should -Match 'Save-EmEmulatorState -Path'
    }

    It 'ends a script run with $ErrorActionPreference Stop with a non-zero exit code on an error, so schedulers see it' {
        $output = Invoke-RealPwsh "`$ErrorActionPreference = 'Stop'; Import-Module '$ModuleManifest'; Get-EmChatroom; 'not reached'"

        $LASTEXITCODE | Should -Not -Be 0
        $output | Should -Not -Contain 'not reached'
    }
}
