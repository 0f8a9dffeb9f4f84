#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    The runbook Runbooks/Remove-ListedChatroom.ps1 run for real, as a scheduler would: a separate pwsh
    process, credentials in EASEMOB_* environment variables, against the emulator over HTTP; the reports
    it exports and its exit code are checked.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    Import-Module $ModuleManifest -Force
    $runbook = Join-Path $PSScriptRoot 'Runbooks/Remove-ListedChatroom.ps1'

    function Invoke-Runbook([string] $Arguments) {
        Invoke-RealPwsh "Import-Module '$ModuleManifest'; & '$runbook' $Arguments; exit `$LASTEXITCODE"
    }
}

Describe 'Remove-ListedChatroom against the emulator' {
    BeforeEach {
        $emu = Start-EmEmulator -User alice, bob
        $environment = @{
            EASEMOB_BASE_URI      = "$($emu.BaseUri)"
            EASEMOB_ORG           = $emu.OrgName
            EASEMOB_APP           = $emu.AppName
            EASEMOB_CLIENT_ID     = $emu.Credential.UserName
            EASEMOB_CLIENT_SECRET = $emu.Credential.GetNetworkCredential().Password
        }
        $saved = @{}
        foreach ($name in $environment.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $environment[$name])
        }
        $keep = $emu.Store.AddChatroom('keep', 'alice')
        $old = $emu.Store.AddChatroom('old', 'alice')
        $list = Join-Path $TestDrive 'rooms.csv'
        $reports = Join-Path $TestDrive 'reports'
    }

    AfterEach {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        $emu | Stop-EmEmulator
    }

    It 'removes the listed chatrooms, reports an unknown id in failures.csv and exits 1' {
        [pscustomobject]@{ Id = $old }, [pscustomobject]@{ Id = '999' } | Export-Csv $list -NoTypeInformation

        $output = Invoke-Runbook "-Path '$list' -ReportFolder '$reports'"

        $LASTEXITCODE | Should -Be 1 -Because ($output -join "`n")
        $emu.Store.Chatrooms.Id | Should -Be $keep
        (Import-Csv (Join-Path $reports 'removed.csv')).Id | Should -Be $old
        $failure = Import-Csv (Join-Path $reports 'failures.csv')
        $failure.Id | Should -Be '999'
        $failure.Error | Should -BeLike 'Easemob.*'
    }

    It 'with -WhatIf removes nothing and exits 0' {
        [pscustomobject]@{ Id = $old } | Export-Csv $list -NoTypeInformation
        $emu.ClearRequests()

        $output = Invoke-Runbook "-Path '$list' -ReportFolder '$reports' -WhatIf"

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $emu.Store.Chatrooms.Id | Should -Contain $old
        $emu.Requests | Where-Object Method -eq 'DELETE' | Should -BeNullOrEmpty
    }

    It 'exits 2 when the list cannot be read' {
        $output = Invoke-Runbook "-Path '$TestDrive/missing.csv' -ReportFolder '$reports'"

        $LASTEXITCODE | Should -Be 2
        $output -join "`n" | Should -Match 'Nothing removed'
    }
}
