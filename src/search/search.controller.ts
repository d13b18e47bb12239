import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/decorators';
import { SearchQueryDto } from './dto/search.dto';
import { SearchResult } from './dto/search.view';
import { SearchService } from './search.service';

@ApiTags('搜索')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({ summary: '搜索任务、事项和台账（名称、文号/案号、股室、工作要点、证号、检查对象、整改问题）；范围与各列表相同，每组最多 20 条' })
  @ApiOkResponse({ type: SearchResult })
  find(@CurrentUser() caller: AuthUser, @Query() dto: SearchQueryDto): Promise<SearchResult> {
    return this.search.search(caller, dto.q.trim());
  }
}
