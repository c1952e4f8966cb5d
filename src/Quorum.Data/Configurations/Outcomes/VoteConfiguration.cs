using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.Property(v => v.Motion).HasMaxLength(1000);
        builder.HasOne<Minute>().WithMany().HasForeignKey(v => v.MinuteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.MemberVotes).WithOne().HasForeignKey(m => m.VoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
