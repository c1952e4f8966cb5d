using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Quorum.Domain.Interests;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;

namespace Quorum.Data.Configurations.Outcomes;

internal sealed class DeclarationConfiguration : IEntityTypeConfiguration<Declaration>
{
    public void Configure(EntityTypeBuilder<Declaration> builder)
    {
        builder.Property(d => d.Nature).HasMaxLength(1000);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Person).WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AgendaItem>().WithMany().HasForeignKey(d => d.AgendaItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RegisteredInterest>().WithMany().HasForeignKey(d => d.RegisteredInterestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dispensation>().WithMany().HasForeignKey(d => d.DispensationId).OnDelete(DeleteBehavior.Restrict);
    }
}
