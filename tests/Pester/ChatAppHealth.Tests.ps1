#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    Health checks of a chat app, run here against the embedded emulator started from a prepared app
    (Fixtures/*.json, a state file Save-EmEmulatorState wrote or a hand-written one). To check production,
    copy this file and connect in BeforeAll with credentials from the environment (Connect-EmApp alone
    reads EASEMOB_*), instead of starting an emulator.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    Import-Module $ModuleManifest -Force

    # Each check lists the offenders: nothing is healthy.
    function Find-ChatroomWithoutOwner { Get-EmChatroom | Where-Object { -not $_.Owner } }
    function Find-ChatroomOverLimit { Get-EmChatroom -Detailed | Where-Object { $_.MemberCount -gt $_.MaxUsers } }
    function Find-PermanentMute { Get-EmGlobalMute | Where-Object { -1 -in $_.Chat, $_.GroupChat, $_.Chatroom } }
    function Find-EmptyChatroom { Get-EmChatroom | Where-Object MemberCount -le 1 }
    function Find-PermanentChatroomMute { Get-EmChatroom | Get-EmChatroomMute | Where-Object Permanent }
    function Find-BannedUser { Get-EmUser | Where-Object Activated -eq $false }
    function Find-UnregisteredOwner {
        Get-EmChatroom | Where-Object { -not (Get-EmUser -Username $_.Owner -ErrorAction SilentlyContinue) }
    }

    function Start-App([string] $Fixture) {
        # A copy: the emulator saves its state back on stop, and the fixture stays as it is.
        $state = Join-Path $TestDrive "$Fixture.json"
        Copy-Item (Join-Path $PSScriptRoot "Fixtures/$Fixture.json") $state
        Start-EmEmulator -StatePath $state | Connect-EmApp
    }
}

Describe 'Chat app health' {
    BeforeAll { Start-App 'healthy-app' }
    AfterAll { Disconnect-EmApp; Stop-EmEmulator }

    It 'every chatroom has an owner' {
        Find-ChatroomWithoutOwner | Should -BeNullOrEmpty
    }

    It 'every chatroom owner is a registered user' {
        Find-UnregisteredOwner | Should -BeNullOrEmpty
    }

    It 'no chatroom is over its member limit' {
        Find-ChatroomOverLimit | Should -BeNullOrEmpty
    }

    It 'no user is muted permanently' {
        Find-PermanentMute | Should -BeNullOrEmpty
    }

    It 'no chatroom is empty (nobody but its owner)' {
        Find-EmptyChatroom | Should -BeNullOrEmpty
    }

    It 'no user is muted permanently in a chatroom' {
        Find-PermanentChatroomMute | Should -BeNullOrEmpty
    }

    It 'no user is banned' {
        Find-BannedUser | Should -BeNullOrEmpty
    }
}

Describe 'The health checks catch a sick app' {
    BeforeAll { Start-App 'sick-app' }
    AfterAll { Disconnect-EmApp; Stop-EmEmulator }

    It 'finds the chatroom over its member limit' {
        (Find-ChatroomOverLimit).Name | Should -Be 'crowded'
    }

    It 'finds the permanent mute' {
        (Find-PermanentMute).Username | Should -Be 'dave'
    }

    It 'finds the empty chatroom' {
        (Find-EmptyChatroom).Name | Should -Be 'abandoned'
    }

    It 'finds the permanent chatroom mute' {
        (Find-PermanentChatroomMute).Username | Should -Be 'bob'
    }

    It 'finds the banned user' {
        (Find-BannedUser).Username | Should -Be 'carol'
    }

    It 'finds an owner who is no longer registered' {
        # Owners cannot be deleted while they own chatrooms; a renamed export can still name a stranger.
        # Pester 6 never runs the real command behind a mock: a call no -ParameterFilter matches goes to the
        # default mock, here the real cmdlet (Pester 5 fell through to it by itself).
        $realGetEmUser = Get-Command Get-EmUser -CommandType Cmdlet
        Mock Get-EmUser { & $realGetEmUser @PesterBoundParameters }
        Mock Get-EmUser { } -ParameterFilter { $Username -eq 'bob' }
        (Find-UnregisteredOwner).Name | Should -Be 'abandoned'
    }
}
