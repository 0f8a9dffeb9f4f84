@{
    RootModule           = 'Easemob.PowerShell.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core', 'Desktop')
    GUID                 = '6f1d3c52-7a3e-4c1b-9a55-2f8e0c4b9d11'
    Author               = 'Easemob.PowerShell contributors'
    CompanyName          = 'Easemob.PowerShell'
    Copyright            = '(c) Easemob.PowerShell contributors. MIT License.'
    Description          = 'Cmdlets for administering Easemob (Agora Chat) IM apps through the server REST API, with an embedded emulator for offline runbooks and Pester tests.'
    PowerShellVersion    = '5.1'
    FormatsToProcess     = @('Easemob.PowerShell.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-EmApp'
        'Disconnect-EmApp'
        'Get-EmSession'
        'Start-EmEmulator'
        'Stop-EmEmulator'
        'Save-EmEmulatorState'
        'Get-EmChatroom'
        'New-EmChatroom'
        'Set-EmChatroom'
        'Set-EmChatroomOwner'
        'Remove-EmChatroom'
        'Get-EmChatroomMember'
        'Add-EmChatroomMember'
        'Remove-EmChatroomMember'
        'Sync-EmChatroomMember'
        'Add-EmChatroomAdmin'
        'Remove-EmChatroomAdmin'
        'Get-EmChatroomMute'
        'Add-EmChatroomMute'
        'Remove-EmChatroomMute'
        'Get-EmChatroomAllowedUser'
        'Add-EmChatroomAllowedUser'
        'Remove-EmChatroomAllowedUser'
        'Get-EmChatroomBlockedUser'
        'Block-EmChatroomUser'
        'Unblock-EmChatroomUser'
        'Get-EmChatroomSuperAdmin'
        'Add-EmChatroomSuperAdmin'
        'Remove-EmChatroomSuperAdmin'
        'Get-EmGlobalMute'
        'Set-EmGlobalMute'
        'New-EmUser'
        'Get-EmUser'
        'Remove-EmUser'
        'Disable-EmUser'
        'Enable-EmUser'
        'Disconnect-EmUser'
        'Get-EmUserDevice'
        'Get-EmUserStatus'
        'Set-EmUserPassword'
        'Get-EmChatroomAnnouncement'
        'Set-EmChatroomAnnouncement'
        'Get-EmChatroomAttribute'
        'Set-EmChatroomAttribute'
        'Remove-EmChatroomAttribute'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Easemob', 'AgoraChat', 'IM', 'Chat', 'REST', 'Emulator')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ProjectUri   = 'https://github.com/easemob-powershell/Easemob.PowerShell'
            ReleaseNotes = 'Initial release: sessions, chatrooms, members, global mutes, users, and an embedded emulator.'
        }
    }
}
