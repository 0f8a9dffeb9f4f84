#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
<#
    build.ps1 as a newcomer runs it: in a separate real pwsh, on the module folder the build laid out.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/RealPwsh.ps1')
    $build = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../build.ps1'))
}

Describe 'build.ps1 in real pwsh' {
    It 'Demo tours the module on the emulator, exits 0 and leaves no emulator running' {
        # Stop-EmEmulator -Verbose names every emulator the demo would have left running.
        $output = Invoke-RealPwsh "& '$build' -Task Demo -NoBuild; `$demoExit = `$?; `"left running: `$(@(Stop-EmEmulator -Verbose 4>&1).Count)`"; if (-not `$demoExit) { exit 1 }"

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $text = $output -join "`n"
        $text | Should -Match 'lobby\s+alice'
        $text | Should -Match 'failed: broken'
        $text | Should -Match 'requests sent by -WhatIf: 0'
        $text | Should -Match 'caught: HTTP 404 service_resource_not_found'
        $text | Should -Match 'sales\s+erin\s+1000'
        $text | Should -Match '180000000000000002\s+carol\s'
        $text | Should -Match 'frank\s+Frank\s+True'
        $text | Should -Match '(?m)^2350$'
        $text | Should -Match 'Demo done: the emulator is stopped.'
        $text | Should -Match 'left running: 0'
    }

    It 'Package -NoBuild writes a module folder and a .nupkg that pass Test-ModuleManifest' {
        $output = @(Invoke-RealPwsh "`$p = & '$build' -Task Package -NoBuild -OutputPath '$TestDrive/package'; Test-ModuleManifest (Join-Path `$p.ModuleFolder 'Easemob.PowerShell.psd1') | Out-Null; `$p.Package")

        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output[-1] | Should -BeLike '*Easemob.PowerShell.*.nupkg'
        $output[-1] | Should -Exist
    }

    It 'keeps the build output, packages and test reports out of git status' {
        $root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../..'))
        # A README reader's first commands build into out/ and write reports: `git add .` must not take them.
        git -C $root ls-files -- out | Should -BeNullOrEmpty -Because 'no build output is tracked'
        git -C $root status --porcelain --untracked-files=all -- out tests/TestResults | Should -BeNullOrEmpty
        foreach ($path in 'out/Easemob.PowerShell/Easemob.PowerShell.dll', 'out/package/Easemob.PowerShell.0.1.0.nupkg', 'Easemob.PowerShell.0.1.0.nupkg',
            'tests/TestResults/Pester-6.2.0.xml', 'src/Easemob.PowerShell/bin/Release/x.dll', 'tests/Easemob.PowerShell.Tests/obj/x.json') {
            git -C $root check-ignore -q -- $path
            $LASTEXITCODE | Should -Be 0 -Because "$path is build output"
        }
        git -C $root check-ignore -q -- src/Easemob.PowerShell/Help/Build-ModuleHelp.ps1
        $LASTEXITCODE | Should -Be 1 -Because 'sources are not ignored'
    }
}
