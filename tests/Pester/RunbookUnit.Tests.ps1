#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    Unit-testing a runbook without any server: Mock the module's cmdlets. The runbook under test removes
    empty chatrooms.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../out/Easemob.PowerShell/Easemob.PowerShell.psd1') -Force

    function Remove-EmptyChatroom {
        [CmdletBinding(SupportsShouldProcess)]
        param()
        Get-EmChatroom | Where-Object MemberCount -le 1 | Remove-EmChatroom -Confirm:$false
    }
}

Describe 'Remove-EmptyChatroom' {
    It 'removes only chatrooms with nobody but the owner' {
        Mock Get-EmChatroom {
            [Easemob.PowerShell.Model.EmChatroom]@{ Id = '1'; Name = 'empty'; Owner = 'alice'; MemberCount = 1 }
            [Easemob.PowerShell.Model.EmChatroom]@{ Id = '2'; Name = 'busy'; Owner = 'alice'; MemberCount = 5 }
        }
        Mock Remove-EmChatroom {}

        Remove-EmptyChatroom

        Should -Invoke Remove-EmChatroom -Times 1 -Exactly -ParameterFilter { $Id -eq '1' }
    }
}
