using System.Net;
using Watcher.Core.Fetching;

namespace Watcher.Core.Tests.Fetching;

public class AddressGuardTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("151.101.1.69", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("127.8.9.10", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00:ec2::254", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:169.254.169.254", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::a9fe:a9fe", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("2001:db8::1", false)]
    public void Only_public_unicast_addresses_pass(string address, bool isPublic)
    {
        Assert.Equal(isPublic, AddressGuard.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData(1, null, 5)]
    [InlineData(2, null, 10)]
    [InlineData(4, null, 40)]
    [InlineData(30, null, 360)]
    [InlineData(1, 120, 120)]
    [InlineData(3, 10, 20)]
    [InlineData(3, 60, 60)]
    public void Back_off_doubles_and_a_longer_retry_after_wins(int failures, int? retryAfterMinutes, int expectedMinutes)
    {
        var now = new DateTimeOffset(2025, 10, 31, 12, 0, 0, TimeSpan.Zero);
        var retryAfter = retryAfterMinutes is { } m ? TimeSpan.FromMinutes(m) : (TimeSpan?)null;
        Assert.Equal(now.AddMinutes(expectedMinutes), FetchBackoff.NextPoll(now, failures, retryAfter));
    }
}
