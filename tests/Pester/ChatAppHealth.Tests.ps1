#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    Health checks of a chat app, run here against the embedded emulator. Copy this file and point
    BeforeAll at your own app (Connect-EmApp with credentials from the environment) to check production.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot '../../out/Easemob.PowerShell/Easemob.PowerShell.psd1') -Force
    $script:emu = Start-EmEmulator -User alice, bob, carol
    $emu | Connect-EmApp
    New-EmChatroom -Name lobby -Owner alice -Members bob, carol | Out-Null
    New-EmChatroom -Name games -Owner bob | Out-Null
    Set-EmGlobalMute -Username carol -Chat 3600
}

AfterAll {
    Disconnect-EmApp
    Stop-EmEmulator
}

Describe 'Chat app health' {
    It 'every chatroom has an owner' {
        Get-EmChatroom | Where-Object { -not $_.Owner } | Should -BeNullOrEmpty
    }

    It 'no chatroom is over its member limit' {
        Get-EmChatroom -Detailed | Where-Object { $_.MemberCount -gt $_.MaxUsers } | Should -BeNullOrEmpty
    }

    It 'no user is muted permanently' {
        Get-EmGlobalMute | Where-Object { $_.Chat -eq -1 -or $_.GroupChat -eq -1 -or $_.Chatroom -eq -1 } | Should -BeNullOrEmpty
    }

    It 'every chatroom owner is a registered user' {
        Get-EmChatroom | ForEach-Object Owner | Get-EmUser -ErrorAction Stop | Should -Not -BeNullOrEmpty
    }
}
