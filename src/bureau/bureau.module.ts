import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Bureau } from './bureau.entity';
import { BureauController } from './bureau.controller';
import { BureauService } from './bureau.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bureau])],
  providers: [BureauService],
  controllers: [BureauController],
  exports: [BureauService],
})
export class BureauModule {}
