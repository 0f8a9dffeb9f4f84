#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    Unit-testing a runbook without any server: Mock the module's cmdlets and check what the runbook asks
    for, what it reports and its exit code. The runbook is Runbooks/Remove-ListedChatroom.ps1.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    Import-Module $ModuleManifest -Force
    $runbook = Join-Path $PSScriptRoot 'Runbooks/Remove-ListedChatroom.ps1'
}

Describe 'Remove-ListedChatroom (mocked)' {
    BeforeEach {
        $list = Join-Path $TestDrive 'rooms.csv'
        [pscustomobject]@{ Id = '11' }, [pscustomobject]@{ Id = '22' } | Export-Csv $list -NoTypeInformation
        $reports = Join-Path $TestDrive 'reports'
        Mock Connect-EmApp { }
    }

    It 'removes every listed chatroom, reports them and exits 0' {
        Mock Remove-EmChatroom { [Easemob.PowerShell.Model.EmChatroom]@{ Id = $Id } }

        & $runbook -Path $list -ReportFolder $reports

        $LASTEXITCODE | Should -Be 0
        Should -Invoke Remove-EmChatroom -Times 2 -Exactly
        (Import-Csv (Join-Path $reports 'removed.csv')).Id | Should -Be '11', '22'
    }

    It 'goes on past a failed chatroom, writes it to failures.csv and exits 1' {
        Mock Remove-EmChatroom {
            if ($Id -eq '11') { Write-Error -Message 'chatroom 11 not found' -ErrorId 'Easemob.service_resource_not_found' -TargetObject $Id }
            else { [Easemob.PowerShell.Model.EmChatroom]@{ Id = $Id } }
        }

        & $runbook -Path $list -ReportFolder $reports

        $LASTEXITCODE | Should -Be 1
        (Import-Csv (Join-Path $reports 'removed.csv')).Id | Should -Be '22'
        $failure = Import-Csv (Join-Path $reports 'failures.csv')
        $failure.Id | Should -Be '11'
        $failure.Message | Should -Be 'chatroom 11 not found'
    }

    It 'exits 2 and removes nothing when it cannot connect' {
        Mock Connect-EmApp { throw 'no credentials' }
        Mock Remove-EmChatroom { }

        & $runbook -Path $list -ReportFolder $reports 2>$null

        $LASTEXITCODE | Should -Be 2
        Should -Invoke Remove-EmChatroom -Times 0
    }
}
